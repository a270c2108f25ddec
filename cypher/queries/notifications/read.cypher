// Marks one of the person's own notifications read (the first reading's time stays); nothing for anyone else's.
MATCH (n:Notification {id: $id, personId: $person})
SET n.readAt = coalesce(n.readAt, datetime())
RETURN n.id AS id
