// Every mentoring relationship of $person on either side, newest first, with the other person's card and
// the agreement; for each, the latest accepted or completed introduction of the mentee to the mentor that
// led here (its introducer is the one who introduced the mentee to the mentor).
MATCH (me:Person {id: $person})-[r:MENTORS]-(o:Person)
WITH me, r, o, startNode(r) = me AS asMentor
CALL (me, o, asMentor) {
  WITH CASE WHEN asMentor THEN o ELSE me END AS mentee, CASE WHEN asMentor THEN me ELSE o END AS mentor
  OPTIONAL MATCH (mentee)-[:REQUESTED]->(i:Introduction)-[:TO]->(mentor)
  WHERE i.status IN ['ACCEPTED', 'COMPLETED']
  OPTIONAL MATCH (i)-[:VIA]->(via:Person)
  WITH i, via
  ORDER BY i.requestedAt DESC
  LIMIT 1
  RETURN i.id AS introductionId, via.id AS viaId, via.name AS viaName, via.headline AS viaHeadline,
         via.grade AS viaGrade
}
RETURN asMentor, o.id AS id, o.name AS name, o.headline AS headline, o.grade AS grade, r.status AS status,
       r.need AS need, r.message AS message, toString(r.requestedAt) AS requestedAt, toString(r.since) AS since,
       toString(r.until) AS until, r.agreementGoals AS goals, r.agreementFrequency AS frequency,
       r.agreementFormat AS format, toString(r.agreementReviewOn) AS reviewOn,
       r.agreementUpdatedBy AS agreementUpdatedBy, toString(r.agreementUpdatedAt) AS agreementUpdatedAt,
       introductionId, viaId, viaName, viaHeadline, viaGrade
ORDER BY r.requestedAt DESC
