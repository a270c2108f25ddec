// The shared nodes a batch of new people link to (the import's core-API path, issue 13): merged once per batch,
// as people/upsert merges them, and returned in the order of the parameters, so a row's positions
// (specialtyAt, regionAt, organisationAt, skillsAt, programmesAt) index these lists as they index the upsert's.
// MERGE takes the locks that keep two writers from creating one node twice.
// $specialties, $regions, $skills: distinct names (sorted); $organisations, $programmes: distinct [{id, name}].
CYPHER replan=skip
CALL () {
  UNWIND $specialties AS name
  MERGE (s:Specialty {name: name})
  RETURN collect(s) AS specialties
}
CALL () {
  UNWIND $regions AS name
  MERGE (r:Region {name: name})
  RETURN collect(r) AS regions
}
CALL () {
  UNWIND $organisations AS organisation
  MERGE (o:Organisation {id: organisation.id})
    ON CREATE SET o.name = organisation.name
  RETURN collect(o) AS organisations
}
CALL () {
  UNWIND $skills AS name
  MERGE (k:Skill {name: name})
  RETURN collect(k) AS skills
}
CALL () {
  UNWIND $programmes AS programme
  MERGE (g:Programme {id: programme.id})
    ON CREATE SET g.name = programme.name
  RETURN collect(g) AS programmes
}
RETURN specialties, regions, organisations, skills, programmes
