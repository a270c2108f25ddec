// A programme's members who can take a mentee now: open to mentoring, not paused, fewer active mentees
// than their capacity; most room first. $id: the programme; $limit: at most this many.
MATCH (p:Person)-[m:MEMBER_OF]->(:Programme {id: $id})
WHERE coalesce(p.openToMentoring, false) AND NOT coalesce(p.mentoringPaused, false)
WITH p, m, coalesce(p.mentorCapacity, 0) - COUNT { (p)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS capacityLeft
WHERE capacityLeft > 0
RETURN p.id AS id, coalesce(m.as, 'member') AS as, capacityLeft
ORDER BY capacityLeft DESC, p.name, p.id
LIMIT $limit
