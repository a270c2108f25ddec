// A programme's mentoring relationships whose request falls in the window (requestedAt, or `since` for imported
// ones without it; neither: counted whatever the window), with the dates a match is measured by.
// MENTORS.programme holds the programme's id; a name (stored by imports before V0008) is matched too.
MATCH (:Person)-[r:MENTORS]->(:Person)
WHERE r.programme = $programme OR ($programmeName IS NOT NULL AND r.programme = $programmeName)
WITH r, coalesce(r.requestedAt, CASE WHEN r.since IS NULL THEN null ELSE datetime({date: r.since}) END) AS asked
WHERE ($from IS NULL OR asked IS NULL OR asked >= datetime($from))
  AND ($to IS NULL OR asked IS NULL OR asked < datetime($to))
RETURN r.status AS status, r.requestedAt AS requestedAt, r.decidedAt AS decidedAt, r.since AS since,
       r.exploringSince AS exploringSince
