// Every person open to mentoring with what mentor fit is scored on; the in-memory catalogue.
MATCH (m:Person)
WHERE m.openToMentoring = true
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
  RETURN collect(k.name) AS skills
}
RETURN m.id AS id, m.seniority AS seniority, specialty, region, skills,
       coalesce(m.mentorCapacity, 0) AS capacity,
       COUNT { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS active,
       COUNT { (m)-[r:MENTORS]->(:Person) WHERE r.status IN ["ACTIVE", "ENDED"] } AS menteesBefore
