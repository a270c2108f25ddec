// A mentee asks a mentor; a new relationship, so past ENDED or DECLINED ones stay as history.
MATCH (m:Person {id: $mentor}), (e:Person {id: $mentee})
CREATE (m)-[r:MENTORS {status: 'REQUESTED', requestedAt: datetime(), programme: $programme, message: $message}]->(e)
RETURN r.status AS status
