// One person's notifications, newest first ($unread: only those not read), with the introduction's outcome for
// a follow-up.
MATCH (n:Notification {personId: $person})
WHERE NOT $unread OR n.readAt IS NULL
WITH n
ORDER BY n.createdAt DESC
LIMIT $limit
OPTIONAL MATCH (i:Introduction {id: n.introductionId})
RETURN n.id AS id, n.kind AS kind, n.introductionId AS introductionId, n.mentorId AS mentorId,
       n.menteeId AS menteeId, n.createdAt AS createdAt, n.readAt AS readAt, n.data AS data,
       CASE WHEN n.kind = 'follow-up' THEN i.outcome END AS outcome
ORDER BY n.createdAt DESC
