// What a new blind request must satisfy, read after the requester and the candidate first introducers
// ($introducers) are locked: the requester's open requests and, per candidate, how many requests wait on them.
MATCH (r:Person {id: $requester}), (t:Person {id: $target})
RETURN COUNT { (r)-[:REQUESTED]->(:Introduction {status: 'REQUESTED'}) } AS requesterPending,
       COUNT { (r)-[:REQUESTED]->(d:Introduction)-[:TO]->(t) WHERE d.status IN ['REQUESTED', 'ACCEPTED'] } AS open,
       [c IN $introducers |
         COUNT { (:Person)-[:REQUESTED]->(:Introduction {status: 'REQUESTED'})-[:VIA]->(:Person {id: c}) }]
         AS introducerPending
