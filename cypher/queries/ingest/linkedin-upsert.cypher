// Creates or updates the people of one owner's LinkedIn connections, keyed on the profile URL
// (id 'li:<slug>'), and ties each to the owner. Only what LinkedIn knows is written: name, headline,
// linkedinUrl and the employer; consent flags get their defaults on create and are never overwritten.
// An existing tie is left as it is (LinkedIn must not weaken a tie known better from elsewhere).
// $owner: the owner's id; $strength: strength of new ties
// $rows: [{id, linkedinUrl, name, headline, organisation, organisationId, since (date), a, b}]
CYPHER replan=skip
UNWIND $rows AS row
MATCH (owner:Person {id: $owner})
OPTIONAL MATCH (old:Person {id: row.id})
CALL (old) {
  OPTIONAL MATCH (old)-[:WORKS_AT]->(o:Organisation)
  RETURN collect(o.id) AS oldOrganisations
}
WITH owner, row, old IS NULL AS personCreated,
     coalesce(old IS NOT NULL AND (old.name <> row.name
       OR coalesce(old.headline, '') <> coalesce(row.headline, '')
       OR coalesce(old.linkedinUrl, '') <> row.linkedinUrl
       OR oldOrganisations <> CASE WHEN row.organisationId IS NULL THEN [] ELSE [row.organisationId] END), false)
       AS personChanged
MERGE (p:Person {id: row.id})
  ON CREATE SET p.createdAt = datetime(), p.openToIntroductions = false, p.openToMentoring = false,
                p.mentorCapacity = 0, p.connectionVisibility = 'connections'
FOREACH (_ IN CASE WHEN personCreated OR personChanged THEN [1] ELSE [] END |
  SET p.name = row.name, p.headline = row.headline, p.linkedinUrl = row.linkedinUrl, p.updatedAt = datetime())
WITH owner, p, row, personCreated, personChanged
CALL (p, row, personChanged) {
  MATCH (p)-[w:WORKS_AT]->(o:Organisation)
  WHERE personChanged AND o.id <> coalesce(row.organisationId, '')
  DELETE w
}
FOREACH (id IN CASE WHEN row.organisationId IS NULL THEN [] ELSE [row.organisationId] END |
  MERGE (o:Organisation {id: id})
    ON CREATE SET o.name = row.organisation
  MERGE (p)-[:WORKS_AT]->(o))
WITH owner, p, row, personCreated, personChanged,
     CASE WHEN owner.id = row.a THEN owner ELSE p END AS a,
     CASE WHEN owner.id = row.a THEN p ELSE owner END AS b
CALL (a, b) {
  OPTIONAL MATCH (a)-[old:KNOWS]-(b)
  RETURN old IS NULL AS tieCreated
  LIMIT 1
}
MERGE (a)-[k:KNOWS]-(b)
  ON CREATE SET k.createdAt = datetime(), k.source = 'linkedin', k.context = 'linkedin',
                k.strength = $strength, k.since = row.since
RETURN count(CASE WHEN personCreated OR tieCreated THEN 1 END) AS created,
       count(CASE WHEN NOT (personCreated OR tieCreated) AND personChanged THEN 1 END) AS updated,
       count(CASE WHEN NOT (personCreated OR tieCreated OR personChanged) THEN 1 END) AS unchanged
