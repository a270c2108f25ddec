// What the projection holds of some people ($ids) as a write left them, read in the write's own transaction:
// consent to stand in the middle of paths, whether their connections are private, and their card, with exactly
// the columns of network/projection-people (one parsing of them: PersonCard.of), plus skills and past mentees
// for the mentor catalogue, which applies the change in place (the projection does not hold them).
UNWIND $ids AS id
MATCH (p:Person {id: id})
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
       EXISTS { (:Person)-[:MENTORS {status: 'ACTIVE'}]->(p) } AS mentee,
       [(p)-[:HAS_SKILL]->(k:Skill) | k.name] AS skills,
       COUNT { (p)-[m:MENTORS]->(:Person) WHERE m.status IN ['ACTIVE', 'ENDED'] } AS menteesBefore
