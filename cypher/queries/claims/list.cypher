// Claims, newest first: all of them, or one account's ($username), optionally by status. Stored as the
// relationship (:Account)-[:CLAIMS]->(:Person), so erasing either side removes the claim with it.
MATCH (a:Account)-[c:CLAIMS]->(p:Person)
WHERE ($status IS NULL OR c.status = $status)
  AND ($username IS NULL OR a.username = $username)
  AND ($id IS NULL OR c.id = $id)
RETURN c.id AS id, a.username AS username, p.id AS personId, p.name AS personName, p.headline AS headline,
       p.linkedinUrl AS linkedinUrl, p.createdBy AS createdBy, c.status AS status,
       toString(c.requestedAt) AS requestedAt, toString(c.decidedAt) AS decidedAt, c.decidedBy AS decidedBy,
       c.reason AS reason
ORDER BY c.requestedAt DESC
LIMIT $limit
