// How many people the directory search matches (same filters as people/search).
MATCH (p:Person)
WHERE ($q IS NULL OR toLower(p.name) CONTAINS toLower($q) OR p.id = $q)
  AND ($grade IS NULL OR toLower(p.grade) CONTAINS toLower($grade))
  AND ($openToMentoring IS NULL OR coalesce(p.openToMentoring, false) = $openToMentoring)
  AND ($specialty IS NULL OR EXISTS { (p)-[:SPECIALISES_IN]->(s:Specialty) WHERE toLower(s.name) = toLower($specialty) })
  AND ($region IS NULL OR EXISTS { (p)-[:BASED_IN]->(r:Region) WHERE toLower(r.name) = toLower($region) })
RETURN count(p) AS total
