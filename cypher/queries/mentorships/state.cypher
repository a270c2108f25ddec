// Read after lock-mentor in the same transaction: active mentees and the open (requested, exploring or
// active) relationship to $mentee with the need it is for.
MATCH (m:Person {id: $mentor})
WITH m, [(m)-[r:MENTORS]->(:Person {id: $mentee}) WHERE r.status IN ['REQUESTED', 'EXPLORING', 'ACTIVE'] | r][0]
  AS open
RETURN COUNT { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS active, open.status AS status, open.need AS need
