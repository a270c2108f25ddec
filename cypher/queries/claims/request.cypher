// An account asks to be linked to an unclaimed person; asking again for the same person finds the same claim.
MATCH (a:Account {username: $username}), (p:Person {id: $personId})
MERGE (a)-[c:CLAIMS {status: 'PENDING'}]->(p)
  ON CREATE SET c.id = $id, c.requestedAt = datetime()
RETURN c.id AS id
