// Creates or updates a batch of programmes from programmes.csv, MERGEd on the id; an identical programme is not
// rewritten. $rows: [{id (as given, else the slug of the name), name, kind (a kind id, or null: a new programme is
// 'other', an existing one keeps its kind)}]. Ids are unique within a file (the import rejects repeats).
UNWIND $rows AS row
OPTIONAL MATCH (old:Programme {id: row.id})
WITH row, old IS NULL AS created,
     coalesce(old.name = row.name AND (row.kind IS NULL OR coalesce(old.kind, '') = row.kind), false) AS same
MERGE (g:Programme {id: row.id})
  ON CREATE SET g.name = row.name, g.kind = coalesce(row.kind, 'other')
FOREACH (_ IN CASE WHEN created OR same THEN [] ELSE [1] END |
  SET g.name = row.name, g.kind = coalesce(row.kind, g.kind))
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
