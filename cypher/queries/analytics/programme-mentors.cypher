// A programme's mentors (members with a mentoring capacity) and how many of them are at capacity now: as many
// ACTIVE mentees as their capacity, in any programme or none (capacity is the mentor's, not the programme's).
MATCH (m:Person)-[:MEMBER_OF]->(:Programme {id: $programme})
WHERE coalesce(m.mentorCapacity, 0) > 0
WITH DISTINCT m
OPTIONAL MATCH (m)-[r:MENTORS {status: 'ACTIVE'}]->(:Person)
WITH m, count(r) AS active
RETURN count(m) AS mentors, count(CASE WHEN active >= m.mentorCapacity THEN 1 END) AS atCapacity
