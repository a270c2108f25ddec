// What the network picture needs to colour, size and label each person.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
  OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
  OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
  RETURN head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
         head(collect(DISTINCT o.name)) AS organisation
}
RETURN p.id AS id, p.name AS name, p.grade AS grade, p.seniority AS seniority, specialty, region, organisation,
       coalesce(p.openToIntroductions, false) AS openToIntroductions,
       coalesce(p.openToMentoring, false) AS openToMentoring,
       coalesce(p.mentorCapacity, 0) AS mentorCapacity,
       COUNT { (p)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS activeMentees,
       EXISTS { (:Person)-[:MENTORS {status: 'ACTIVE'}]->(p) } AS mentee
