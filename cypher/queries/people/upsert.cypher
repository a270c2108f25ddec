// Creates or updates a batch of people (people.csv, the People API); a row whose fingerprint matches
// the stored one is skipped. Replaces the person's specialty, region, employer, skills and programmes
// to match the row. connectionVisibility is set on create only, never overwritten (it is the person's own, set
// through /api/me, visibilitySetBy 'self'). Consent is the person's too:
// once they set openToIntroductions themselves (consentSetBy 'self', written by privacy/profile-update) a row
// leaves it, except that with $adminMayClose (an admin's edit that sends false, never an import) a row closes them;
// "kept" names the rows that asked for another value than the one kept (read in the same lookup as the person,
// before the fingerprint check: an unchanged row is still told). A missing openToIntroductions in a row is false.
// $rows: [{id, name, headline, grade, seniority, openToIntroductions, openToMentoring, mentorCapacity, fingerprint,
//          specialtyAt, regionAt, organisationAt (lists of none or one position), skillsAt (positions),
//          programmesAt: [{at, as}]}]: positions into $specialties, $regions, $organisations, $skills, $programmes;
// $specialties, $regions, $skills: the batch's distinct names (sorted); $organisations, $programmes: its distinct
// [{id, name}] (sorted by id; the first row's name for an id); $adminMayClose: whether a row may close a person who
// opened themselves.
// Speed (issue 13): the shared nodes are merged once per batch and collected; a row links to them by position, so a
// row costs one index seek for its person (the lookup) plus the person's MERGE, whatever it names. A person the
// lookup did not find gets plain CREATEs for their relationships; the person node itself is still MERGEd (the same
// index seek a CREATE's uniqueness check makes) so that a concurrent writer of the same id waits on the lock instead
// of failing. "created" is read after that MERGE: not found by the lookup, and no updatedAt (every people and
// LinkedIn write sets it, so a person another transaction created in between is not taken for new and given a
// second set of relationships; ids are unique within a batch).
// replan=skip: a growing import would otherwise replan (1-2 s) as statistics change; the plan is index
// seeks driven by UNWIND, good at any size.
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
UNWIND $rows AS row
OPTIONAL MATCH (old:Person {id: row.id})
WITH specialties, regions, organisations, skills, programmes, row, old,
     old IS NOT NULL AND old.consentSetBy = 'self'
       AND coalesce(old.openToIntroductions, false) <> row.openToIntroductions
       AND NOT ($adminMayClose AND NOT row.openToIntroductions) AS kept
CALL (specialties, regions, organisations, skills, programmes, row, old) {
  WITH specialties, regions, organisations, skills, programmes, row, old
  WHERE old IS NULL OR old.fingerprint IS NULL OR old.fingerprint <> row.fingerprint
     OR (old.consentSetBy = 'self' AND $adminMayClose AND NOT row.openToIntroductions
         AND coalesce(old.openToIntroductions, false))
  MERGE (p:Person {id: row.id})
    ON CREATE SET p.createdAt = datetime()
  WITH specialties, regions, organisations, skills, programmes, row, p,
       old IS NULL AND p.updatedAt IS NULL AS created
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
  WITH p, created,
       [i IN row.specialtyAt | specialties[i]] AS specialty,
       [i IN row.regionAt | regions[i]] AS region,
       [i IN row.organisationAt | organisations[i]] AS organisation,
       [i IN row.skillsAt | skills[i]] AS skill,
       [m IN row.programmesAt | {node: programmes[m.at], as: m.as}] AS membership
  // a changed person: drop the relationships to what the row no longer names, MERGE the rest
  CALL (p, created, specialty, region, organisation, skill, membership) {
    WITH p, specialty, region, organisation, skill, membership
    WHERE NOT created
    MATCH (p)-[r:SPECIALISES_IN|BASED_IN|WORKS_AT|HAS_SKILL|MEMBER_OF]->(x)
    WHERE NOT x IN CASE type(r)
                     WHEN 'SPECIALISES_IN' THEN specialty
                     WHEN 'BASED_IN' THEN region
                     WHEN 'WORKS_AT' THEN organisation
                     WHEN 'HAS_SKILL' THEN skill
                     ELSE [m IN membership | m.node]
                   END
    DELETE r
  }
  FOREACH (x IN CASE WHEN created THEN specialty ELSE [] END | CREATE (p)-[:SPECIALISES_IN]->(x))
  FOREACH (x IN CASE WHEN created THEN [] ELSE specialty END | MERGE (p)-[:SPECIALISES_IN]->(x))
  FOREACH (x IN CASE WHEN created THEN region ELSE [] END | CREATE (p)-[:BASED_IN]->(x))
  FOREACH (x IN CASE WHEN created THEN [] ELSE region END | MERGE (p)-[:BASED_IN]->(x))
  FOREACH (x IN CASE WHEN created THEN organisation ELSE [] END | CREATE (p)-[:WORKS_AT]->(x))
  FOREACH (x IN CASE WHEN created THEN [] ELSE organisation END | MERGE (p)-[:WORKS_AT]->(x))
  FOREACH (x IN CASE WHEN created THEN skill ELSE [] END | CREATE (p)-[:HAS_SKILL]->(x))
  FOREACH (x IN CASE WHEN created THEN [] ELSE skill END | MERGE (p)-[:HAS_SKILL]->(x))
  FOREACH (m IN CASE WHEN created THEN membership ELSE [] END |
    FOREACH (x IN [m.node] | CREATE (p)-[:MEMBER_OF {as: m.as}]->(x)))
  FOREACH (m IN CASE WHEN created THEN [] ELSE membership END |
    FOREACH (x IN [m.node] | MERGE (p)-[g:MEMBER_OF]->(x) SET g.as = m.as))
  RETURN count(CASE WHEN created THEN 1 END) AS created,
         count(CASE WHEN NOT created THEN 1 END) AS updated
}
RETURN sum(created) AS created, sum(updated) AS updated, collect(CASE WHEN kept THEN row.id END) AS kept
