// An admin confirms a claim: the account speaks for the person from now on (and may act as a member), the
// person is claimed, and every other pending claim on the person is rejected. The account's version is raised,
// as Spring Data's optimistic locking expects of every write to it.
MATCH (a:Account)-[c:CLAIMS {id: $id}]->(p:Person)
SET a.personId = p.id,
    a.roles = CASE WHEN 'MEMBER' IN a.roles THEN a.roles ELSE a.roles + 'MEMBER' END,
    a.version = coalesce(a.version, 0) + 1,
    p.claimed = true, p.claimedAt = datetime(), p.updatedAt = datetime(),
    c.status = 'CONFIRMED', c.decidedAt = datetime(), c.decidedBy = $admin
WITH p, c
CALL (p, c) {
  MATCH (:Account)-[o:CLAIMS {status: 'PENDING'}]->(p)
  WHERE o <> c
  SET o.status = 'REJECTED', o.decidedAt = datetime(), o.decidedBy = $admin, o.reason = 'claimed by another account'
}
RETURN c.id AS id
