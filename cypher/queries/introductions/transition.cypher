// Moves a locked introduction to $status and stamps the time of that transition.
MATCH (i:Introduction {id: $id})
SET i.status = $status,
    i.decidedAt = CASE WHEN $status IN ['ACCEPTED', 'DECLINED'] THEN datetime() ELSE i.decidedAt END,
    i.completedAt = CASE WHEN $status = 'COMPLETED' THEN datetime() ELSE i.completedAt END,
    i.withdrawnAt = CASE WHEN $status = 'WITHDRAWN' THEN datetime() ELSE i.withdrawnAt END,
    i.expiredAt = CASE WHEN $status = 'EXPIRED' THEN datetime() ELSE i.expiredAt END
RETURN i.id AS id
