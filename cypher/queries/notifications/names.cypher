// The names of the people a notification speaks of, as stored now.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name
