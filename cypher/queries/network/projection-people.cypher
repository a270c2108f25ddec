// Every person, whether they consent to stand in the middle of a path, whether they keep their
// connections private (the projection's nodes), and their card: what path, mutual and network
// answers show of them, read here once instead of per answer.
MATCH (p:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
  OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
  OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
  RETURN head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
         head(collect(DISTINCT o.name)) AS organisation
}
RETURN p.id AS id, coalesce(p.openToIntroductions, false) AS open,
       coalesce(p.connectionVisibility, 'connections') = 'private' AS tiesPrivate,
       p.name AS name, p.headline AS headline, p.grade AS grade, p.seniority AS seniority, specialty, region,
       organisation, (coalesce(p.openToMentoring, false) AND NOT coalesce(p.mentoringPaused, false)) AS openToMentoring,
       coalesce(p.mentorCapacity, 0) AS mentorCapacity,
       COUNT { (p)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS activeMentees,
       EXISTS { (:Person)-[:MENTORS {status: 'ACTIVE'}]->(p) } AS mentee
