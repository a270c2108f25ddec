// One programme with the counts of programmes/list. $id: the programme's id.
MATCH (g:Programme {id: $id})
RETURN g.id AS id, g.name AS name, coalesce(g.kind, 'other') AS kind,
       COUNT { (:Person)-[:MEMBER_OF]->(g) } AS members,
       COUNT { (p:Person)-[:MEMBER_OF]->(g) WHERE coalesce(p.openToMentoring, false) } AS mentors,
       COUNT { (p:Person)-[:MEMBER_OF]->(g)
               WHERE coalesce(p.openToMentoring, false) AND NOT coalesce(p.mentoringPaused, false)
                 AND COUNT { (p)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } < coalesce(p.mentorCapacity, 0) }
         AS mentorsWithCapacity
