// Creates one blind introduction request: the route WarmPath chose ($route, requester first, target last) is
// kept on it, and the first person in its middle ($via, route[1]) is asked now (hop 1); nobody has accepted.
MATCH (r:Person {id: $requester}), (v:Person {id: $via}), (t:Person {id: $target})
CREATE (r)-[:REQUESTED]->(i:Introduction {id: $id, status: 'REQUESTED', goal: $goal, message: $message,
        requestedAt: datetime(), askedAt: datetime(), programme: $programme, blind: true, route: $route, hop: 1,
        accepted: 0})-[:VIA]->(v),
       (i)-[:TO]->(t),
       (r)-[:OPEN_REQUEST]->(i),
       (i)-[:PENDING_VIA]->(v)
RETURN i.id AS id
