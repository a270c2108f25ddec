// Records a follow-up's answer as the introduction's outcome (analytics counts it) and marks the notification
// read. The same answer again changes nothing (outcomeAt stays); a different one replaces it.
MATCH (n:Notification {id: $id})
MATCH (i:Introduction {id: n.introductionId})
WITH n, i, coalesce(i.outcome = $outcome, false) AS same
SET n.readAt = coalesce(n.readAt, datetime()),
    i.outcomeAt = CASE WHEN same THEN i.outcomeAt ELSE datetime() END,
    i.outcome = $outcome
RETURN i.outcome AS outcome, i.outcomeAt AS outcomeAt
