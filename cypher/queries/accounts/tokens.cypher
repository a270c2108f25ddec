// An account's personal access tokens, without their hashes, oldest first.
MATCH (:Account {username: $username})-[:HAS_TOKEN]->(t:AccessToken)
RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.expiresAt AS expiresAt
ORDER BY t.createdAt, t.id
