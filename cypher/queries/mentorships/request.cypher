// A mentee asks a mentor, for a $need (an id of the needs vocabulary, or null); a new relationship,
// so past ENDED or DECLINED ones stay as history.
MATCH (m:Person {id: $mentor}), (e:Person {id: $mentee})
CREATE (m)-[r:MENTORS {status: 'REQUESTED', requestedAt: datetime(), programme: $programme, message: $message,
                       need: $need}]->(e)
RETURN r.status AS status
