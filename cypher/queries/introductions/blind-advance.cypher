// A blind request moves on along its route: the next person ($next) is asked now, REQUESTED again, and the
// expiry clock restarts for them.
MATCH (i:Introduction {id: $id})-[via:VIA]->(:Person)
MATCH (n:Person {id: $next})
DELETE via
CREATE (i)-[:VIA]->(n)
SET i.hop = i.hop + 1, i.status = 'REQUESTED', i.askedAt = datetime()
RETURN i.hop AS hop
