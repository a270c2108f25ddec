// Creates or updates a batch of (mentor)-[:MENTORS {since, status, programme}]->(mentee); an identical
// relationship is not rewritten, and `until` (set elsewhere) is left alone.
// $rows: [{mentor, mentee, since (date), status, programme}]
CYPHER replan=skip
UNWIND $rows AS row
MATCH (mentor:Person {id: row.mentor})
MATCH (mentee:Person {id: row.mentee})
CALL (mentor, mentee) {
  OPTIONAL MATCH (mentor)-[old:MENTORS]->(mentee)
  RETURN old
  LIMIT 1
}
WITH mentor, mentee, row, old IS NULL AS created,
     coalesce(coalesce(toString(old.since), '') = coalesce(toString(row.since), '')
       AND old.status = row.status
       AND coalesce(old.programme, '') = coalesce(row.programme, ''), false) AS same
MERGE (mentor)-[m:MENTORS]->(mentee)
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END |
  SET m.since = row.since, m.status = row.status, m.programme = row.programme)
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
