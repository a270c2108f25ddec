// One introduction by id, seeked through the introduction_id constraint's index (list.cypher's `$id IS NULL OR
// i.id = $id` cannot be: it scanned every introduction, a cost that grew with each one ever made). The same
// visibility rules and columns as list.cypher: one person's view by role (a target sees only accepted or
// completed ones; an introducer of a blind request is whoever is asked now or accepted before on its route),
// or the whole introduction when $person is null.
MATCH (i:Introduction {id: $id})
MATCH (r:Person)-[:REQUESTED]->(i)-[:VIA]->(v:Person)
MATCH (i)-[:TO]->(t:Person)
WHERE $person IS NULL
   OR (r.id = $person OR v.id = $person OR $person IN coalesce(i.route[1..i.hop], [])
     OR (t.id = $person AND i.status IN ['ACCEPTED', 'COMPLETED']))
RETURN i.id AS id, i.status AS status, r.id AS requesterId, r.name AS requesterName, v.id AS introducerId,
       v.name AS introducerName, t.id AS targetId, t.name AS targetName, i.goal AS goal, i.message AS message,
       i.tieStrength AS tieStrength, i.programme AS programme, toString(i.requestedAt) AS requestedAt,
       toString(i.decidedAt) AS decidedAt, toString(i.completedAt) AS completedAt,
       toString(i.expiredAt) AS expiredAt, toString(i.withdrawnAt) AS withdrawnAt,
       coalesce(i.blind, false) AS blind, i.route AS route, i.hop AS hop, coalesce(i.accepted, 0) AS accepted,
       [x IN coalesce(i.route, []) | head(COLLECT { MATCH (q:Person {id: x}) RETURN q.name })] AS routeNames
