// Creates or updates a batch of (mentor)-[:MENTORS {since, status, programme}]->(mentee); an identical
// relationship is not rewritten, and `until` (set elsewhere) is left alone.
// $rows: [{mentor, mentee, since (date), status, programme (a name), programmeId (the slug of the name)}]
// MENTORS.programme holds the programme's id (analytics joins on it): a name is resolved to the programme
// of that name, else to a programme whose id it is, else to a programme created with the slug of the name as
// its id, as people.csv creates programmes. The batch's distinct names are resolved (and new programmes
// MERGEd) once per batch; the first subquery always answers one row, $resolved [[name, id], ...].
CYPHER replan=skip
CALL () {
  UNWIND $rows AS row
  WITH DISTINCT row.programme AS name, row.programmeId AS slug
  WHERE name IS NOT NULL
  OPTIONAL MATCH (named:Programme {name: name})
  WITH name, slug, min(named.id) AS existing
  OPTIONAL MATCH (byId:Programme {id: name})
  WITH name, coalesce(existing, byId.id, slug) AS id
  MERGE (g:Programme {id: id})
    ON CREATE SET g.name = name
  RETURN collect([name, id]) AS resolved
}
UNWIND $rows AS row
WITH row, CASE WHEN row.programme IS NULL THEN null
               ELSE [pair IN resolved WHERE pair[0] = row.programme | pair[1]][0] END AS programmeId
MATCH (mentor:Person {id: row.mentor})
MATCH (mentee:Person {id: row.mentee})
CALL (mentor, mentee) {
  OPTIONAL MATCH (mentor)-[old:MENTORS]->(mentee)
  RETURN old
  LIMIT 1
}
WITH mentor, mentee, row, programmeId, old IS NULL AS created,
     coalesce(coalesce(toString(old.since), '') = coalesce(toString(row.since), '')
       AND old.status = row.status
       AND coalesce(old.programme, '') = coalesce(programmeId, ''), false) AS same
MERGE (mentor)-[m:MENTORS]->(mentee)
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END |
  SET m.since = row.since, m.status = row.status, m.programme = programmeId)
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND NOT same THEN 1 END) AS updated,
       count(CASE WHEN same THEN 1 END) AS unchanged
