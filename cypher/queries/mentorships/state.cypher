// Read after lock-mentor in the same transaction: active mentees and the open relationship to $mentee.
MATCH (m:Person {id: $mentor})
RETURN COUNT { (m)-[:MENTORS {status: 'ACTIVE'}]->(:Person) } AS active,
       [(m)-[r:MENTORS]->(:Person {id: $mentee}) WHERE r.status IN ['REQUESTED', 'ACTIVE'] | r.status][0] AS status
