// Card fields for a set of people (paths, mutuals, recommendations); one hop each.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
  OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
  OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
  RETURN head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
         head(collect(DISTINCT o.name)) AS organisation
}
RETURN p.id AS id, p.name AS name, p.headline AS headline, p.grade AS grade, p.seniority AS seniority,
       specialty, region, organisation
