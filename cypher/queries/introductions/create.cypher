// Creates one introduction request in the shape analytics reads.
MATCH (r:Person {id: $requester}), (v:Person {id: $via}), (t:Person {id: $target})
CREATE (r)-[:REQUESTED]->(i:Introduction {id: $id, status: 'REQUESTED', goal: $goal, message: $message,
        requestedAt: datetime(), tieStrength: $tieStrength, programme: $programme})-[:VIA]->(v),
       (i)-[:TO]->(t)
RETURN i.id AS id
