// A blind request moves on along its route: the next person ($next) is asked now, REQUESTED again, and the
// expiry clock restarts for them; the request now waits on them (PENDING_VIA).
MATCH (i:Introduction {id: $id})-[via:VIA]->(:Person)
MATCH (n:Person {id: $next})
CALL (i) {
  MATCH (i)-[p:PENDING_VIA]->()
  DELETE p
}
DELETE via
CREATE (i)-[:VIA]->(n), (i)-[:PENDING_VIA]->(n)
SET i.hop = i.hop + 1, i.status = 'REQUESTED', i.askedAt = datetime()
RETURN i.hop AS hop
