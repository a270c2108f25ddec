// Expires requests nobody answered before $cutoff.
MATCH (i:Introduction {status: 'REQUESTED'})
WHERE i.requestedAt < $cutoff
SET i.status = 'EXPIRED', i.expiredAt = datetime()
RETURN count(i) AS expired
