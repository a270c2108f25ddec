// Locks one of the person's own notifications and returns what answering it needs; nothing for anyone else's.
MATCH (n:Notification {id: $id, personId: $person})
SET n._lock = true
REMOVE n._lock
RETURN n.kind AS kind, n.introductionId AS introductionId
