// Revokes one of an account's personal access tokens.
MATCH (:Account {username: $username})-[:HAS_TOKEN]->(t:AccessToken {id: $id})
DETACH DELETE t
RETURN count(*) AS deleted
