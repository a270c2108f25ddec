// Deletes a person and every relationship they have.
// $id: the person's id
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN count(*) AS deleted
