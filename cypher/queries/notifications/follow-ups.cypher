// Introductions completed between $since and $before whose requester was not yet asked how it went and that
// have no outcome yet; the window keeps the scan to one range of the completedAt index.
MATCH (i:Introduction)
WHERE i.completedAt >= $since AND i.completedAt < $before AND i.status = 'COMPLETED' AND i.outcome IS NULL
MATCH (r:Person)-[:REQUESTED]->(i)-[:TO]->(t:Person)
WITH i, r, t
WHERE NOT EXISTS { MATCH (:Notification {key: 'follow-up:' + i.id}) }
RETURN i.id AS id, r.id AS requester, t.id AS target
ORDER BY i.completedAt
LIMIT $limit
