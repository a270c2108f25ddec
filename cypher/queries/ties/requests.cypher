// The sides others wrote of a tie to $me that $me has not answered: no KNOWS tie yet and no side of $me's;
// newest first, at most $limit.
MATCH (other:Person)-[theirs:VOUCHES]->(me:Person {id: $me})
WHERE NOT (me)-[:KNOWS]-(other) AND NOT (me)-[:VOUCHES]->(other)
RETURN other.id AS id, other.name AS name, theirs.closeness AS closeness, theirs.evidence AS evidence,
       toString(theirs.updatedAt) AS at
ORDER BY theirs.updatedAt DESC, other.id
LIMIT $limit
