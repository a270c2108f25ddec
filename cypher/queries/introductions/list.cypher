// Introductions, newest first (one by id: one.cypher): one person's by role (a target sees only accepted or
// completed ones), or all when $person is null; optionally by status. An introducer of a blind request is whoever
// is asked now (VIA) or accepted before on its route (route[1..hop]), who sees it as ACCEPTED while the chain
// goes on (the service filters by the status each viewer sees); the route's names come along so that the service
// can show each viewer only their part of it.
MATCH (r:Person)-[:REQUESTED]->(i:Introduction)-[:VIA]->(v:Person)
MATCH (i)-[:TO]->(t:Person)
WHERE ($status IS NULL OR i.status = $status
    OR ($status = 'ACCEPTED' AND i.status = 'REQUESTED' AND $person IN coalesce(i.route[1..i.hop], [])))
  AND ($person IS NULL
    OR ($role IN ['requester', 'any'] AND r.id = $person)
    OR ($role IN ['introducer', 'any'] AND (v.id = $person OR $person IN coalesce(i.route[1..i.hop], [])))
    OR ($role IN ['target', 'any'] AND t.id = $person AND i.status IN ['ACCEPTED', 'COMPLETED']))
RETURN i.id AS id, i.status AS status, r.id AS requesterId, r.name AS requesterName, v.id AS introducerId,
       v.name AS introducerName, t.id AS targetId, t.name AS targetName, i.goal AS goal, i.message AS message,
       i.tieStrength AS tieStrength, i.programme AS programme, toString(i.requestedAt) AS requestedAt,
       toString(i.decidedAt) AS decidedAt, toString(i.completedAt) AS completedAt,
       toString(i.expiredAt) AS expiredAt, toString(i.withdrawnAt) AS withdrawnAt,
       coalesce(i.blind, false) AS blind, i.route AS route, i.hop AS hop, coalesce(i.accepted, 0) AS accepted,
       [x IN coalesce(i.route, []) | head(COLLECT { MATCH (q:Person {id: x}) RETURN q.name })] AS routeNames
ORDER BY i.requestedAt DESC
LIMIT $limit
