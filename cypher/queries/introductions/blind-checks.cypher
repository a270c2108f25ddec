// What a new blind request must satisfy, read after the requester and the candidate first introducers
// ($introducers) are locked: the requester's open requests and, per candidate, how many requests wait on them.
MATCH (r:Person {id: $requester}), (t:Person {id: $target})
RETURN COUNT { (r)-[:OPEN_REQUEST]->(:Introduction {status: 'REQUESTED'}) } AS requesterPending,
       COUNT { (r)-[:OPEN_REQUEST]->(:Introduction)-[:TO]->(t) } AS open,
       [c IN $introducers | COUNT { (:Person {id: c})<-[:PENDING_VIA]-(:Introduction) }] AS introducerPending
