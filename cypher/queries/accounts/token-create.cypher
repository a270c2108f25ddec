// Adds a personal access token to an account unless it holds $max already. The account is locked first so that
// concurrent requests cannot pass the count together; its expired tokens are removed on the way.
MATCH (a:Account {username: $username})
SET a._lock = true
REMOVE a._lock
WITH a
OPTIONAL MATCH (a)-[:HAS_TOKEN]->(old:AccessToken)
  WHERE old.expiresAt <= $now
DETACH DELETE old
WITH DISTINCT a
OPTIONAL MATCH (a)-[:HAS_TOKEN]->(t:AccessToken)
WITH a, count(t) AS held
FOREACH (ignored IN CASE WHEN held < $max THEN [1] ELSE [] END |
  CREATE (a)-[:HAS_TOKEN]->(:AccessToken {id: $id, name: $name, hash: $hash, createdAt: $now, expiresAt: $expiresAt})
)
RETURN held
