// Deletes a person and every relationship they have.
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN count(*) AS deleted
