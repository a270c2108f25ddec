// How many of one person's notifications are not read.
MATCH (n:Notification {personId: $person})
WHERE n.readAt IS NULL
RETURN count(n) AS unread
