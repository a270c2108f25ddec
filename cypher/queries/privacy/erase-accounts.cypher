// Erasure, step 2: the accounts that speak for the person, with their access tokens.
MATCH (a:Account {personId: $id})
OPTIONAL MATCH (a)-[:HAS_TOKEN]->(t:AccessToken)
DETACH DELETE t
WITH DISTINCT a
WITH a, a.username AS username
DETACH DELETE a
RETURN username
