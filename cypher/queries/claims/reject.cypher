// An admin rejects a pending claim.
MATCH (:Account)-[c:CLAIMS {id: $id, status: 'PENDING'}]->(:Person)
SET c.status = 'REJECTED', c.decidedAt = datetime(), c.decidedBy = $admin, c.reason = $reason
RETURN c.id AS id
