// Creates one introduction request in the shape analytics reads, with the two links the quotas count while it is
// open: OPEN_REQUEST from the requester (REQUESTED or ACCEPTED) and PENDING_VIA to the person asked (REQUESTED).
MATCH (r:Person {id: $requester}), (v:Person {id: $via}), (t:Person {id: $target})
CREATE (r)-[:REQUESTED]->(i:Introduction {id: $id, status: 'REQUESTED', goal: $goal, message: $message,
        requestedAt: datetime(), tieStrength: $tieStrength, programme: $programme})-[:VIA]->(v),
       (i)-[:TO]->(t),
       (r)-[:OPEN_REQUEST]->(i),
       (i)-[:PENDING_VIA]->(v)
RETURN i.id AS id
