// Moves a locked introduction to $status and stamps the time of that transition; the quotas' links go with the
// state they stand for: PENDING_VIA once it is no longer REQUESTED, OPEN_REQUEST once it is neither REQUESTED nor
// ACCEPTED.
MATCH (i:Introduction {id: $id})
SET i.status = $status,
    i.decidedAt = CASE WHEN $status IN ['ACCEPTED', 'DECLINED'] THEN datetime() ELSE i.decidedAt END,
    i.completedAt = CASE WHEN $status = 'COMPLETED' THEN datetime() ELSE i.completedAt END,
    i.withdrawnAt = CASE WHEN $status = 'WITHDRAWN' THEN datetime() ELSE i.withdrawnAt END,
    i.expiredAt = CASE WHEN $status = 'EXPIRED' THEN datetime() ELSE i.expiredAt END
WITH i
CALL (i) {
  MATCH (i)-[p:PENDING_VIA]->()
  WHERE $status <> 'REQUESTED'
  DELETE p
}
CALL (i) {
  MATCH ()-[o:OPEN_REQUEST]->(i)
  WHERE NOT $status IN ['REQUESTED', 'ACCEPTED']
  DELETE o
}
RETURN i.id AS id
