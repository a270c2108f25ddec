// The most recent mentoring relationship between two people: the open one first.
MATCH (m:Person {id: $mentor})-[r:MENTORS]->(e:Person {id: $mentee})
RETURN m.id AS mentor, e.id AS mentee, r.status AS status, r.programme AS programme, toString(r.since) AS since,
       toString(r.until) AS until, toString(r.requestedAt) AS requestedAt, toString(r.decidedAt) AS decidedAt,
       r.need AS need, r.agreementGoals AS goals, r.agreementFrequency AS frequency, r.agreementFormat AS format,
       toString(r.agreementReviewOn) AS reviewOn, r.agreementUpdatedBy AS agreementUpdatedBy,
       toString(r.agreementUpdatedAt) AS agreementUpdatedAt
ORDER BY CASE r.status WHEN 'ACTIVE' THEN 0 WHEN 'EXPLORING' THEN 1 WHEN 'REQUESTED' THEN 1 ELSE 2 END,
         r.requestedAt DESC
LIMIT 1
