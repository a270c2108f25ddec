// Each introducer's answers so far and the asks waiting for them, for routing by responsiveness: one row per
// person ever asked to introduce (bounded by $limit). An ACCEPTED request later COMPLETED, or WITHDRAWN after the
// introducer's acceptance (decidedAt set), counts as an acceptance; an unanswered WITHDRAWN one counts for nothing.
MATCH (i:Introduction)-[:VIA]->(v:Person)
WITH v.id AS introducer,
     sum(CASE WHEN i.status IN ['ACCEPTED', 'COMPLETED'] OR (i.status = 'WITHDRAWN' AND i.decidedAt IS NOT NULL)
              THEN 1 ELSE 0 END) AS accepted,
     sum(CASE WHEN i.status = 'DECLINED' THEN 1 ELSE 0 END) AS declined,
     sum(CASE WHEN i.status = 'EXPIRED' THEN 1 ELSE 0 END) AS expired,
     sum(CASE WHEN i.status = 'REQUESTED' THEN 1 ELSE 0 END) AS pending
RETURN introducer, accepted, declined, expired, pending
LIMIT $limit
