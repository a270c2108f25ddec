// People search for the directory: optional filters, ordered by name, one page.
MATCH (p:Person)
WHERE ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR p.id = $q)
  AND ($grade IS NULL OR toLower(p.grade) CONTAINS toLower($grade))
  AND ($openToMentoring IS NULL OR coalesce(p.openToMentoring, false) = $openToMentoring)
  AND ($specialty IS NULL OR EXISTS { (p)-[:SPECIALISES_IN]->(s:Specialty) WHERE toLower(s.name) = toLower($specialty) })
  AND ($region IS NULL OR EXISTS { (p)-[:BASED_IN]->(r:Region) WHERE toLower(r.name) = toLower($region) })
  AND ($programme IS NULL OR EXISTS { (p)-[:MEMBER_OF]->(:Programme {id: $programme}) })
  AND ($skill IS NULL OR EXISTS { (p)-[:HAS_SKILL]->(k:Skill) WHERE toLower(k.name) = toLower($skill) })
  AND ($organisation IS NULL OR EXISTS { (p)-[:WORKS_AT]->(o:Organisation)
                                          WHERE o.id = $organisation OR toLower(o.name) = toLower($organisation) })
WITH p ORDER BY p.name, p.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH (p)-[:SPECIALISES_IN]->(s:Specialty)
OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
WITH p, head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
     head(collect(DISTINCT o.name)) AS organisation
RETURN p.id AS id, p.name AS name, p.headline AS headline, p.grade AS grade, p.seniority AS seniority,
       specialty, region, organisation
ORDER BY p.name, p.id
