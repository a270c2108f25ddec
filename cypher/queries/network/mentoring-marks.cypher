// The mentor's picture: the people a person's network view marks. Mentees (active mentorships), pending
// requesters (mentoring requests waiting for them, or being explored) and people whose introduction requests
// come to them through their contacts (introductions to them an introducer accepted, not yet completed: the
// target sees an introduction from its acceptance on). Someone may carry more than one mark.
MATCH (me:Person {id: $id})
CALL (me) {
  MATCH (me)-[r:MENTORS]->(p:Person)
  WHERE r.status = 'ACTIVE'
  RETURN p.id AS id, 'mentee' AS mark
  UNION
  MATCH (me)-[r:MENTORS]->(p:Person)
  WHERE r.status IN ['REQUESTED', 'EXPLORING']
  RETURN p.id AS id, 'requester' AS mark
  UNION
  MATCH (p:Person)-[:REQUESTED]->(i:Introduction)-[:TO]->(me)
  WHERE i.status = 'ACCEPTED'
  RETURN p.id AS id, 'incoming' AS mark
}
RETURN id, mark
ORDER BY id, mark
