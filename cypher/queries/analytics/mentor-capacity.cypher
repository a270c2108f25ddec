// Per programme: mentoring capacity of its mentor members and how much of it active mentoring uses.
// MENTORS.programme holds the programme's id; a name (stored by imports before V0008) is counted too.
MATCH (pr:Programme)
WHERE $programme IS NULL OR pr.id = $programme
OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(pr)
WHERE coalesce(m.mentorCapacity, 0) > 0
WITH pr, sum(coalesce(m.mentorCapacity, 0)) AS capacity
OPTIONAL MATCH (:Person)-[r:MENTORS {status: 'ACTIVE'}]->(:Person)
WHERE r.programme = pr.id OR r.programme = pr.name
RETURN pr.id AS programme, pr.name AS name, capacity, count(r) AS used
ORDER BY programme
