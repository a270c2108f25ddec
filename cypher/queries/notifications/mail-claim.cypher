// Claims notifications to e-mail: created since $since, not yet e-mailed, to a person whose enabled account has
// an e-mail address ($ids: only these, or null for any). Each is locked, checked again and stamped emailedAt in
// this transaction, so two instances (or a restart) never claim one twice; the mail goes out after the commit.
MATCH (n:Notification)
WHERE n.createdAt >= $since AND n.emailedAt IS NULL AND ($ids IS NULL OR n.id IN $ids)
CALL (n) {
  MATCH (a:Account {personId: n.personId})
  WHERE a.email IS NOT NULL AND coalesce(a.enabled, true)
  RETURN a.email AS email
  LIMIT 1
}
WITH n, email
ORDER BY n.createdAt
LIMIT $limit
SET n._lock = true
REMOVE n._lock
WITH n, email
WHERE n.emailedAt IS NULL
SET n.emailedAt = datetime()
RETURN n.id AS id, n.kind AS kind, n.personId AS personId, n.introductionId AS introductionId, n.data AS data,
       email
