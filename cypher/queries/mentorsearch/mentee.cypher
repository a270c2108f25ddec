// What mentor fit is measured against: the mentee's own specialty, region, skills and seniority, and the
// programmes whose pools they search.
MATCH (p:Person {id: $id})
WITH p, [(p)-[:MEMBER_OF]->(pr:Programme) | pr.id] AS programmes
OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
OPTIONAL MATCH (p)-[:HAS_SKILL]->(k:Skill)
RETURN p.id AS id, p.seniority AS seniority, head(collect(DISTINCT s.name)) AS specialty,
       head(collect(DISTINCT r.name)) AS region, collect(DISTINCT k.name) AS skills, programmes
