// Mentees whose ACTIVE mentorship began between $since and $before (dates) and who are not open to mentoring
// themselves, not yet invited for this mentorship. ACTIVE mentorships are bounded by the mentors' capacity.
MATCH (m:Person)-[r:MENTORS {status: 'ACTIVE'}]->(e:Person)
WHERE r.since >= $since AND r.since <= $before AND NOT coalesce(e.openToMentoring, false)
WITH m, r, e, 'offer-near-peer:' + m.id + ':' + e.id + ':' + toString(r.since) AS key
WHERE NOT EXISTS { MATCH (:Notification {key: key}) }
RETURN m.id AS mentor, e.id AS mentee, key, toString(r.since) AS since
ORDER BY r.since
LIMIT $limit
