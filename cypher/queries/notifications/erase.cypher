// After a person's erasure: removes their notifications, those that name them as mentor or mentee, and those
// about introductions the erasure removed (which stored their name). Erasure is rare; this reads every
// notification once.
MATCH (n:Notification)
WHERE n.personId = $person OR n.mentorId = $person OR n.menteeId = $person
   OR (n.introductionId IS NOT NULL AND NOT EXISTS { MATCH (:Introduction {id: n.introductionId}) })
DETACH DELETE n
RETURN count(*) AS removed
