// Writes one notification unless its key (kind, subject ids, step) already made one: the unique constraint on
// key makes this MERGE safe between the listeners, the job and other instances. Returns whether it is new.
MERGE (n:Notification {key: $key})
ON CREATE SET n.id = $id, n.personId = $personId, n.kind = $kind, n.introductionId = $introductionId,
              n.mentorId = $mentorId, n.menteeId = $menteeId, n.createdAt = datetime(), n.data = $data,
              n._new = true
WITH n, coalesce(n._new, false) AS created
REMOVE n._new
RETURN n.id AS id, created
