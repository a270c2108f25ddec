// What a new introduction request must satisfy, read after the requester and introducer are locked.
MATCH (r:Person {id: $requester}), (v:Person {id: $via}), (t:Person {id: $target})
RETURN coalesce(v.openToIntroductions, false) AS introducerOpen,
       [(r)-[k:KNOWS]-(v) | k.strength][0] AS requesterTie,
       EXISTS { (v)-[:KNOWS]-(t) } AS introducerKnowsTarget,
       COUNT { (r)-[:REQUESTED]->(:Introduction {status: 'REQUESTED'}) } AS requesterPending,
       COUNT { (:Person)-[:REQUESTED]->(:Introduction {status: 'REQUESTED'})-[:VIA]->(v) } AS introducerPending,
       COUNT { (r)-[:REQUESTED]->(d:Introduction)-[:TO]->(t) WHERE d.status IN ['REQUESTED', 'ACCEPTED'] } AS open
