// One person with everything a profile page shows; one hop only.
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
  RETURN head(collect(s.name)) AS specialty
}
CALL (p) {
  OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
  RETURN head(collect(r.name)) AS region
}
CALL (p) {
  OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
  RETURN head(collect(o.name)) AS organisation
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_SKILL]->(k:Skill)
  RETURN collect(k.name) AS skills
}
CALL (p) {
  OPTIONAL MATCH (p)-[m:MEMBER_OF]->(g:Programme)
  RETURN collect({id: g.id, name: g.name, as: m.as}) AS programmes
}
RETURN p.id AS id, p.name AS name, p.headline AS headline, p.grade AS grade, p.seniority AS seniority,
       specialty, region, organisation, skills, programmes,
       coalesce(p.openToIntroductions, false) AS openToIntroductions,
       coalesce(p.openToMentoring, false) AS openToMentoring,
       coalesce(p.mentorCapacity, 0) AS mentorCapacity,
       COUNT { (p)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS activeMentees,
       COUNT { (p)-[:KNOWS]-(:Person) } AS degree,
       coalesce(p.connectionVisibility, 'connections') AS connectionVisibility,
       p.linkedinUrl AS linkedinUrl,
       toString(p.createdAt) AS createdAt, toString(p.updatedAt) AS updatedAt
