// The programmes, by name, with their counts: members, members open to mentoring, and those of them
// who can take a mentee now (not paused, fewer active mentees than their capacity).
// $kind: a kind id or null (a programme without kind is 'other'); $q: part of the name or null;
// $limit: at most this many programmes.
MATCH (g:Programme)
WHERE ($kind IS NULL OR coalesce(g.kind, 'other') = $kind)
  AND ($q IS NULL OR toLower(g.name) CONTAINS toLower($q))
WITH g ORDER BY toLower(g.name), g.id
LIMIT $limit
RETURN g.id AS id, g.name AS name, coalesce(g.kind, 'other') AS kind,
       COUNT { (:Person)-[:MEMBER_OF]->(g) } AS members,
       COUNT { (p:Person)-[:MEMBER_OF]->(g) WHERE coalesce(p.openToMentoring, false) } AS mentors,
       COUNT { (p:Person)-[:MEMBER_OF]->(g)
               WHERE coalesce(p.openToMentoring, false) AND NOT coalesce(p.mentoringPaused, false)
                 AND COUNT { (p)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } < coalesce(p.mentorCapacity, 0) }
         AS mentorsWithCapacity
