// Records what mentor and mentee agreed on their ACTIVE relationship; either side writes the whole agreement.
MATCH (m:Person {id: $mentor})-[r:MENTORS {status: 'ACTIVE'}]->(e:Person {id: $mentee})
SET r.agreementGoals = $goals,
    r.agreementFrequency = $frequency,
    r.agreementFormat = $format,
    r.agreementReviewOn = CASE WHEN $reviewOn IS NULL THEN null ELSE date($reviewOn) END,
    r.agreementUpdatedBy = $by,
    r.agreementUpdatedAt = datetime()
RETURN count(r) AS changed
