// Mentors open to mentoring with capacity left (active mentees below capacity), not already
// mentoring this mentee; optional hard filters on specialty and region. One hop per candidate.
MATCH (m:Person)
WHERE m.openToMentoring = true AND m.id <> $for
  AND ($specialty IS NULL OR EXISTS { (m)-[:SPECIALISES_IN]->(s:Specialty) WHERE toLower(s.name) = toLower($specialty) })
  AND ($region IS NULL OR EXISTS { (m)-[:BASED_IN]->(r:Region) WHERE toLower(r.name) = toLower($region) })
WITH m, coalesce(m.mentorCapacity, 0) AS capacity, COUNT { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS active
WHERE capacity > active
  AND NOT EXISTS { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person {id: $for}) }
CALL (m) {
  OPTIONAL MATCH (m)-[:SPECIALISES_IN]->(s:Specialty)
  OPTIONAL MATCH (m)-[:BASED_IN]->(r:Region)
  OPTIONAL MATCH (m)-[:WORKS_AT]->(o:Organisation)
  RETURN head(collect(DISTINCT s.name)) AS specialty, head(collect(DISTINCT r.name)) AS region,
         head(collect(DISTINCT o.name)) AS organisation
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HAS_SKILL]->(k:Skill)
  RETURN collect(k.name) AS skills
}
RETURN m.id AS id, m.name AS name, m.headline AS headline, m.grade AS grade, m.seniority AS seniority,
       specialty, region, organisation, skills, capacity, capacity - active AS capacityLeft,
       COUNT { (m)-[:MENTORS]->(:Person) } AS menteesBefore
LIMIT $maxCandidates
