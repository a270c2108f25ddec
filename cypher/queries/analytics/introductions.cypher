// Introduction requests in a window, with their introducer, for the outcome funnel. $programme is the
// programme's id; $programmeName (null: none) matches introductions that stored the programme's name.
// `outcome` is what the requester answered afterwards (met, mentoring-started, no-meeting), null if nothing.
MATCH (requester:Person)-[:REQUESTED]->(i:Introduction)-[:VIA]->(introducer:Person)
WHERE ($programme IS NULL OR i.programme = $programme
       OR ($programmeName IS NOT NULL AND i.programme = $programmeName))
  AND ($from IS NULL OR i.requestedAt >= datetime($from))
  AND ($to IS NULL OR i.requestedAt < datetime($to))
RETURN i.id AS id, i.status AS status, introducer.id AS introducer, introducer.name AS introducerName,
       i.tieStrength AS tieStrength, i.requestedAt AS requestedAt, i.decidedAt AS decidedAt, i.outcome AS outcome
