// Expires requests nobody answered before $cutoff; a blind request's clock restarts whenever it moves on to
// the next person of its route (askedAt).
MATCH (i:Introduction {status: 'REQUESTED'})
WHERE coalesce(i.askedAt, i.requestedAt) < $cutoff
SET i.status = 'EXPIRED', i.expiredAt = datetime()
RETURN count(i) AS expired
