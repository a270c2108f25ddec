// The person asked now on a blind request accepted: from now on its requester may learn who they are. When
// they accepted is kept in order (answeredAt[k] for the (k+1)-th of the route), for how long each took.
MATCH (i:Introduction {id: $id})
SET i.accepted = coalesce(i.accepted, 0) + 1, i.answeredAt = coalesce(i.answeredAt, []) + [datetime()]
RETURN i.accepted AS accepted
