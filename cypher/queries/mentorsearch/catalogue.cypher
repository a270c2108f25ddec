// Every person with what mentor fit is scored on (a mentee's side as well as a mentor's), and
// for those open to mentoring their capacity, active and past mentees, and whom they mentor now (ACTIVE),
// and everyone's programme memberships (the programme pools, for a mentor's side and a mentee's);
// the in-memory catalogue, read at start-up and after bulk writes only (other writes apply in place).
MATCH (m:Person)
CALL (m) {
  OPTIONAL MATCH (m)-[:SPECIALISES_IN]->(s:Specialty)
  RETURN head(collect(s.name)) AS specialty
}
CALL (m) {
  OPTIONAL MATCH (m)-[:BASED_IN]->(r:Region)
  RETURN head(collect(r.name)) AS region
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HAS_SKILL]->(k:Skill)
  RETURN collect(DISTINCT k.name) AS skills
}
WITH m, specialty, region, skills, m.openToMentoring = true AND coalesce(m.mentoringPaused, false) = false AS open
RETURN m.id AS id, m.seniority AS seniority, specialty, region, skills, open,
       CASE WHEN open THEN coalesce(m.mentorCapacity, 0) ELSE 0 END AS capacity,
       CASE WHEN open THEN COUNT { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } ELSE 0 END AS active,
       CASE WHEN open THEN COUNT { (m)-[r:MENTORS]->(:Person) WHERE r.status IN ["ACTIVE", "ENDED"] } ELSE 0 END
         AS menteesBefore,
       [(m)-[:MENTORS {status: 'ACTIVE'}]->(e:Person) | e.id] AS mentees,
       [(m)-[g:MEMBER_OF]->(pr:Programme) | {id: pr.id, name: pr.name, as: g.as}] AS programmes
