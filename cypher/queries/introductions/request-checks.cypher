// What a new introduction request must satisfy, read after the requester and introducer are locked. The quotas
// count the open links (OPEN_REQUEST, PENDING_VIA), not the people's whole history of requests.
MATCH (r:Person {id: $requester}), (v:Person {id: $via}), (t:Person {id: $target})
RETURN coalesce(v.openToIntroductions, false) AS introducerOpen,
       [(r)-[k:KNOWS]-(v) | k.strength][0] AS requesterTie,
       EXISTS { (v)-[:KNOWS]-(t) } AS introducerKnowsTarget,
       COUNT { (r)-[:OPEN_REQUEST]->(:Introduction {status: 'REQUESTED'}) } AS requesterPending,
       COUNT { (v)<-[:PENDING_VIA]-(:Introduction) } AS introducerPending,
       COUNT { (r)-[:OPEN_REQUEST]->(:Introduction)-[:TO]->(t) } AS open
