// Creates or updates a batch of people (people.csv, the People API); a row whose fingerprint matches
// the stored one is skipped. Replaces the person's specialty, region, employer, skills and programmes
// to match the row. connectionVisibility is set on create only, never overwritten (it is the person's own, set
// through /api/me, visibilitySetBy 'self'). Consent is the person's too:
// once they set openToIntroductions themselves (consentSetBy 'self', written by privacy/profile-update) a row
// leaves it, except that with $adminMayClose (an admin's edit that sends false, never an import) a row closes them;
// people/consent-kept reads which rows that kept. A missing openToIntroductions in a row is false (opt-in).
// $rows: [{id, name, headline, grade, seniority, specialty, region, organisation, organisationId,
//          skills, openToIntroductions, openToMentoring, mentorCapacity, programmes: [{id, name, as}],
//          programmeIds, fingerprint}]; $adminMayClose: whether a row may close a person who opened themselves;
// $specialties, $regions, $skills: the batch's distinct names; $organisations, $programmes: its distinct
// [{id, name}] (the first row's name for an id).
// Speed: the shared nodes (specialty, region, employer, skills, programmes) are merged once per batch, not once per
// row (a MERGE on a shared node takes its lock and an index seek: 17 of them per row made the import crawl), and
// looked up by key afterwards. A person the lookup did not find gets plain CREATEs for their relationships; the
// person node itself is still MERGEd (the same index seek a CREATE's uniqueness check makes) so that a concurrent
// writer of the same id waits on the lock instead of failing. "created" is read after that MERGE: not found by the
// lookup, and no updatedAt (every people and LinkedIn write sets it, so a person another transaction created in
// between is not taken for new and given a second set of relationships; ids are unique within a batch).
// replan=skip: a growing import would otherwise replan (1-2 s) as statistics change; the plan is index
// seeks driven by UNWIND, good at any size.
CYPHER replan=skip
CALL () {
  UNWIND $specialties AS name
  MERGE (:Specialty {name: name})
}
CALL () {
  UNWIND $regions AS name
  MERGE (:Region {name: name})
}
CALL () {
  UNWIND $organisations AS organisation
  MERGE (o:Organisation {id: organisation.id})
    ON CREATE SET o.name = organisation.name
}
CALL () {
  UNWIND $skills AS name
  MERGE (:Skill {name: name})
}
CALL () {
  UNWIND $programmes AS programme
  MERGE (g:Programme {id: programme.id})
    ON CREATE SET g.name = programme.name
}
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.id})
WITH row, old
WHERE old IS NULL OR old.fingerprint IS NULL OR old.fingerprint <> row.fingerprint
   OR (old.consentSetBy = 'self' AND $adminMayClose AND NOT row.openToIntroductions
       AND coalesce(old.openToIntroductions, false))
MERGE (p:Person {id: row.id})
  ON CREATE SET p.createdAt = datetime()
WITH p, row, old IS NULL AND p.updatedAt IS NULL AS created
SET p.name = row.name,
    p.headline = row.headline,
    p.grade = row.grade,
    p.seniority = row.seniority,
    p.openToIntroductions = CASE
      WHEN p.consentSetBy = 'self' AND NOT ($adminMayClose AND NOT row.openToIntroductions)
        THEN p.openToIntroductions
      ELSE row.openToIntroductions
    END,
    p.openToMentoring = row.openToMentoring,
    p.mentorCapacity = row.mentorCapacity,
    p.connectionVisibility = coalesce(p.connectionVisibility, 'connections'),
    p.fingerprint = row.fingerprint,
    p.updatedAt = datetime()
WITH p, row, created
// a changed person: drop the relationships to what the row no longer names, MERGE the rest
CALL (p, row, created) {
  WITH p, row
  WHERE NOT created
  MATCH (p)-[r:SPECIALISES_IN|BASED_IN|WORKS_AT|HAS_SKILL|MEMBER_OF]->(x)
  WHERE CASE type(r)
          WHEN 'SPECIALISES_IN' THEN x.name <> coalesce(row.specialty, '')
          WHEN 'BASED_IN' THEN x.name <> coalesce(row.region, '')
          WHEN 'WORKS_AT' THEN x.id <> coalesce(row.organisationId, '')
          WHEN 'HAS_SKILL' THEN NOT x.name IN row.skills
          ELSE NOT x.id IN row.programmeIds
        END
  DELETE r
}
CALL (p, row, created) {
  MATCH (s:Specialty {name: row.specialty})
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (p)-[:SPECIALISES_IN]->(s))
  FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END | MERGE (p)-[:SPECIALISES_IN]->(s))
}
CALL (p, row, created) {
  MATCH (r:Region {name: row.region})
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (p)-[:BASED_IN]->(r))
  FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END | MERGE (p)-[:BASED_IN]->(r))
}
CALL (p, row, created) {
  MATCH (o:Organisation {id: row.organisationId})
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (p)-[:WORKS_AT]->(o))
  FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END | MERGE (p)-[:WORKS_AT]->(o))
}
CALL (p, row, created) {
  UNWIND row.skills AS name
  MATCH (s:Skill {name: name})
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (p)-[:HAS_SKILL]->(s))
  FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END | MERGE (p)-[:HAS_SKILL]->(s))
}
CALL (p, row, created) {
  UNWIND row.programmes AS programme
  MATCH (g:Programme {id: programme.id})
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (p)-[:MEMBER_OF {as: programme.as}]->(g))
  FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END | MERGE (p)-[m:MEMBER_OF]->(g) SET m.as = programme.as)
}
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created THEN 1 END) AS updated
