// The live check before mentors are shown: still open to mentoring and not paused, capacity left, not already
// this mentee's mentor; with their cards. Only for the few about to be returned.
UNWIND $ids AS id
MATCH (m:Person {id: id})
WHERE m.openToMentoring = true AND coalesce(m.mentoringPaused, false) = false
WITH m, coalesce(m.mentorCapacity, 0) AS capacity, COUNT { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS active
WHERE capacity > active AND NOT EXISTS { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person {id: $for}) }
CALL (m) {
  OPTIONAL MATCH (m)-[:SPECIALISES_IN]->(s:Specialty)
  OPTIONAL MATCH (m)-[:BASED_IN]->(r:Region)
  OPTIONAL MATCH (m)-[:WORKS_AT]->(o:Organisation)
  RETURN head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
         head(collect(DISTINCT o.name)) AS organisation
}
RETURN m.id AS id, m.name AS name, m.headline AS headline, m.grade AS grade, m.seniority AS seniority,
       specialty, region, organisation, capacity, capacity - active AS capacityLeft,
       COUNT { (m)-[r:MENTORS]->(:Person) WHERE r.status IN ["ACTIVE", "ENDED"] } AS menteesBefore
