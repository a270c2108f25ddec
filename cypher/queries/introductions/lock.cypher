// Locks one introduction and returns its state and parties.
MATCH (i:Introduction {id: $id})
SET i._lock = true
REMOVE i._lock
WITH i
MATCH (r:Person)-[:REQUESTED]->(i)-[:VIA]->(v:Person)
MATCH (i)-[:TO]->(t:Person)
RETURN i.status AS status, r.id AS requester, v.id AS introducer, t.id AS target
