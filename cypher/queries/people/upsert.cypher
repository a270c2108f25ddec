// Creates or updates a batch of people (people.csv, the People API); a row whose fingerprint matches
// the stored one is skipped. Replaces the person's specialty, region, employer, skills and programmes
// to match the row. connectionVisibility is set on create only, never overwritten (it is the person's own, set
// through /api/me, visibilitySetBy 'self'). Consent is the person's too:
// once they set openToIntroductions themselves (consentSetBy 'self', written by privacy/profile-update) a row
// leaves it, except that with $adminMayClose (an admin's edit that sends false, never an import) a row closes them;
// people/consent-kept reads which rows that kept. A missing openToIntroductions in a row is false (opt-in).
// $rows: [{id, name, headline, grade, seniority, specialty, region, organisation, organisationId,
//          skills, openToIntroductions, openToMentoring, mentorCapacity, programmes: [{id, name, as}],
//          programmeIds, fingerprint}]; $adminMayClose: whether a row may close a person who opened themselves
// replan=skip: a growing import would otherwise replan (1-2 s) as statistics change; the plan is index
// seeks driven by UNWIND, good at any size.
CYPHER replan=skip
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.id})
WITH row, old, old IS NULL AS created
WHERE created OR old.fingerprint IS NULL OR old.fingerprint <> row.fingerprint
   OR (old.consentSetBy = 'self' AND $adminMayClose AND NOT row.openToIntroductions
       AND coalesce(old.openToIntroductions, false))
MERGE (p:Person {id: row.id})
  ON CREATE SET p.createdAt = datetime()
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
CALL (p, row) {
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
FOREACH (name IN CASE WHEN row.specialty IS NULL THEN [] ELSE [row.specialty] END |
  MERGE (s:Specialty {name: name})
  MERGE (p)-[:SPECIALISES_IN]->(s))
FOREACH (name IN CASE WHEN row.region IS NULL THEN [] ELSE [row.region] END |
  MERGE (r:Region {name: name})
  MERGE (p)-[:BASED_IN]->(r))
FOREACH (id IN CASE WHEN row.organisationId IS NULL THEN [] ELSE [row.organisationId] END |
  MERGE (o:Organisation {id: id})
    ON CREATE SET o.name = row.organisation
  MERGE (p)-[:WORKS_AT]->(o))
FOREACH (name IN row.skills |
  MERGE (s:Skill {name: name})
  MERGE (p)-[:HAS_SKILL]->(s))
FOREACH (programme IN row.programmes |
  MERGE (g:Programme {id: programme.id})
    ON CREATE SET g.name = programme.name
  MERGE (p)-[m:MEMBER_OF]->(g)
  SET m.as = programme.as)
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created THEN 1 END) AS updated
