// Locks one introduction and returns its state and parties (and, for a blind one, its route and the index
// in it of the person asked now), and when the person asked now was asked.
MATCH (i:Introduction {id: $id})
SET i._lock = true
REMOVE i._lock
WITH i
MATCH (r:Person)-[:REQUESTED]->(i)-[:VIA]->(v:Person)
MATCH (i)-[:TO]->(t:Person)
RETURN i.status AS status, r.id AS requester, v.id AS introducer, t.id AS target,
       coalesce(i.blind, false) AS blind, i.route AS route, i.hop AS hop,
       coalesce(i.askedAt, i.requestedAt) AS askedAt
