// The mentor's side of the desk: capacity and whether new requests are paused.
MATCH (m:Person {id: $person})
RETURN coalesce(m.mentorCapacity, 0) AS capacity, coalesce(m.mentoringPaused, false) AS paused,
       coalesce(m.openToMentoring, false) AS open
