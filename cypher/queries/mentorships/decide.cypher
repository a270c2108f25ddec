// Moves the open relationship from $from to $to and stamps it.
MATCH (m:Person {id: $mentor})-[r:MENTORS {status: $from}]->(e:Person {id: $mentee})
SET r.status = $to,
    r.decidedAt = CASE WHEN $to IN ['ACTIVE', 'DECLINED'] THEN datetime() ELSE r.decidedAt END,
    r.exploringSince = CASE WHEN $to = 'EXPLORING' THEN datetime() ELSE r.exploringSince END,
    r.since = CASE WHEN $to = 'ACTIVE' THEN date() ELSE r.since END,
    r.until = CASE WHEN $to IN ['ENDED', 'DECLINED'] THEN date() ELSE r.until END
RETURN count(r) AS changed
