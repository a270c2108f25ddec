// Creates or updates a batch of programmes from programmes.csv; an identical programme is not rewritten.
// $rows: [{id, name, kind (a kind id, or null: a new programme is 'other', an existing one keeps its kind),
//          idFromName (the file left the id out: the programme already called by that name is meant, whatever
//          its id, as mentoring.csv resolves names; else the id is the slug of the name)}]
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (named:Programme {name: row.name})
  WHERE row.idFromName
  RETURN min(named.id) AS existing
}
WITH row, coalesce(existing, row.id) AS id
OPTIONAL MATCH (old:Programme {id: id})
WITH row, id, old IS NULL AS created,
     coalesce(old.name = row.name AND (row.kind IS NULL OR coalesce(old.kind, '') = row.kind), false) AS same
MERGE (g:Programme {id: id})
  ON CREATE SET g.name = row.name, g.kind = coalesce(row.kind, 'other')
FOREACH (_ IN CASE WHEN created OR same THEN [] ELSE [1] END |
  SET g.name = row.name, g.kind = coalesce(row.kind, g.kind))
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
