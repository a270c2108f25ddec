// A member's own LinkedIn Connections.csv: ties the member ($owner) to each contact. A contact is matched to an
// existing person by profile URL (linkedinUrl), else by the LinkedIn id 'li:<slug>'; an existing person is never
// changed (their profile is theirs, or the admin's). A contact not in the graph is created from what LinkedIn
// knows (name, headline, linkedinUrl, employer) as an unclaimed person ({claimed: false, createdBy: $owner}),
// closed to introductions and to mentoring until someone claims them. An existing tie is left as it is
// (LinkedIn must not weaken a tie known better from elsewhere), and so is a tie either person removed; a new one
// gets source 'linkedin' and $strength.
// Rows whose contact turns out to be the owner are skipped (the service rejects them before, by URL and id).
// $owner: the member's person id; $strength: strength of new ties
// $rows: [{id, linkedinUrl, name, headline, organisation, organisationId, since (date)}]
CYPHER replan=skip
UNWIND $rows AS row
MATCH (owner:Person {id: $owner})
CALL (row) {
  OPTIONAL MATCH (byUrl:Person {linkedinUrl: row.linkedinUrl})
  WITH byUrl ORDER BY byUrl.id
  RETURN head(collect(byUrl.id)) AS matched
}
WITH owner, row, coalesce(matched, row.id) AS id
WHERE id <> owner.id
OPTIONAL MATCH (old:Person {id: id})
WITH owner, row, id, old IS NULL AS personCreated
MERGE (p:Person {id: id})
  ON CREATE SET p.createdAt = datetime(), p.updatedAt = datetime(), p.name = row.name, p.headline = row.headline,
                p.linkedinUrl = row.linkedinUrl, p.openToIntroductions = false, p.openToMentoring = false,
                p.mentorCapacity = 0, p.connectionVisibility = 'connections', p.claimed = false,
                p.createdBy = $owner
FOREACH (orgId IN CASE WHEN personCreated AND row.organisationId IS NOT NULL THEN [row.organisationId] ELSE [] END |
  MERGE (o:Organisation {id: orgId})
    ON CREATE SET o.name = row.organisation
  MERGE (p)-[:WORKS_AT]->(o))
WITH owner, p, row, personCreated,
     CASE WHEN owner.id < p.id THEN owner ELSE p END AS a,
     CASE WHEN owner.id < p.id THEN p ELSE owner END AS b
CALL (a, b) {
  OPTIONAL MATCH (a)-[old:KNOWS]-(b)
  RETURN old IS NULL AS noTie
  LIMIT 1
}
// a tie either of the two removed (ties/pair-delete leaves REMOVED_TIE) stays removed: counted unchanged
WITH owner, p, row, personCreated, a, b, noTie AND NOT EXISTS { (a)-[:REMOVED_TIE]-(b) } AS tieCreated
FOREACH (_ IN CASE WHEN tieCreated THEN [1] ELSE [] END |
  CREATE (a)-[:KNOWS {createdAt: datetime(), source: 'linkedin', context: 'linkedin', strength: $strength,
                      since: row.since}]->(b))
WITH personCreated, tieCreated, p, a, b
RETURN count(CASE WHEN personCreated OR tieCreated THEN 1 END) AS created,
       0 AS updated,
       count(CASE WHEN NOT (personCreated OR tieCreated) THEN 1 END) AS unchanged,
       collect(CASE WHEN personCreated THEN p.id END) AS people,
       collect(CASE WHEN tieCreated THEN {a: a.id, b: b.id} END) AS ties
