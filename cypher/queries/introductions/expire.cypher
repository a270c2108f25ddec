// Expires requests nobody answered before $cutoff; a blind request's clock restarts whenever it moves on to
// the next person of its route (askedAt). Returns each expired request's parties, for the listeners that learn
// from outcomes (an introducer's responsiveness, notifications).
MATCH (i:Introduction {status: 'REQUESTED'})
WHERE coalesce(i.askedAt, i.requestedAt) < $cutoff
SET i.status = 'EXPIRED', i.expiredAt = datetime()
WITH i
CALL (i) {
  MATCH (i)-[p:PENDING_VIA]->()
  DELETE p
}
CALL (i) {
  MATCH ()-[o:OPEN_REQUEST]->(i)
  DELETE o
}
MATCH (r:Person)-[:REQUESTED]->(i)-[:VIA]->(v:Person)
MATCH (i)-[:TO]->(t:Person)
RETURN i.id AS id, r.id AS requester, v.id AS introducer, t.id AS target, coalesce(i.blind, false) AS blind
