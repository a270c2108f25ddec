// Unanswered requests that expire within the warning window and are not yet warned about: asked (askedAt for a
// blind request that moved on, else requestedAt) before $warnBefore and not before $expireBefore (older ones are
// about to expire anyway). REQUESTED introductions are few (quotas and expiry bound them).
MATCH (i:Introduction {status: 'REQUESTED'})
WITH i, coalesce(i.askedAt, i.requestedAt) AS asked
WHERE asked < $warnBefore AND asked >= $expireBefore
MATCH (r:Person)-[:REQUESTED]->(i)-[:VIA]->(v:Person)
MATCH (i)-[:TO]->(t:Person)
WITH i, asked, r, v, t
WHERE NOT EXISTS { MATCH (:Notification {key: 'expiring:' + i.id + ':' + v.id + ':' + r.id}) }
RETURN i.id AS id, r.id AS requester, v.id AS introducer, t.id AS target, coalesce(i.blind, false) AS blind,
       asked
ORDER BY asked
LIMIT $limit
