// Marks all of one person's unread notifications read.
MATCH (n:Notification {personId: $person})
WHERE n.readAt IS NULL
SET n.readAt = datetime()
RETURN count(n) AS read
