// The person asked now on a blind request accepted: from now on its requester may learn who they are.
MATCH (i:Introduction {id: $id})
SET i.accepted = coalesce(i.accepted, 0) + 1
RETURN i.accepted AS accepted
