// Locks the mentor node (held until the transaction ends, without changing it) and reads, after the lock,
// what a mentoring decision depends on: consent, capacity and whether the mentor paused new requests.
MATCH (m:Person {id: $mentor})
SET m._lock = true
REMOVE m._lock
RETURN coalesce(m.openToMentoring, false) AS open, coalesce(m.mentorCapacity, 0) AS capacity,
       coalesce(m.mentoringPaused, false) AS paused
