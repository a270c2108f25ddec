// Introduction requests in a window, with their introducer, for the outcome funnel.
MATCH (requester:Person)-[:REQUESTED]->(i:Introduction)-[:VIA]->(introducer:Person)
WHERE ($programme IS NULL OR i.programme = $programme)
  AND ($from IS NULL OR i.requestedAt >= datetime($from))
  AND ($to IS NULL OR i.requestedAt < datetime($to))
RETURN i.id AS id, i.status AS status, introducer.id AS introducer, introducer.name AS introducerName,
       i.tieStrength AS tieStrength, i.requestedAt AS requestedAt, i.decidedAt AS decidedAt
