// Forgets change feed entries older than the retention, a bounded batch at a time. An instance that falls further
// behind than that sees a gap in the sequence and rebuilds its projection from scratch.
MATCH (c:__WarmPathChange)
WHERE c.at < $before
WITH c LIMIT $limit
DELETE c
RETURN count(*) AS deleted
