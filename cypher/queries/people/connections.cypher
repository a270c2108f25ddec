// One hop of KNOWS, strongest first, with how the two know each other; without the ties
// to $hidden (the ones the caller may not see, by the visibility rule).
MATCH (p:Person {id: $id})-[k:KNOWS]-(other:Person)
WHERE NOT other.id IN $hidden
WITH other, k ORDER BY k.strength DESC, other.name, other.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH (other)-[:SPECIALISES_IN]->(s:Specialty)
OPTIONAL MATCH (other)-[:BASED_IN]->(r:Region)
OPTIONAL MATCH (other)-[:WORKS_AT]->(o:Organisation)
WITH other, k, head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
     head(collect(DISTINCT o.name)) AS organisation
RETURN other.id AS id, other.name AS name, other.headline AS headline, other.grade AS grade,
       other.seniority AS seniority, specialty, region, organisation,
       k.strength AS strength, k.context AS context, toString(k.since) AS since
ORDER BY strength DESC, name, id
