// MENTORS.programme holds the programme's id (analytics/mentor-capacity and the programme funnels join on it);
// imports before this stored the programme's name. Rewrites each value that is not a programme id but a
// programme's name to that programme's id (the smallest id when two share a name). Idempotent: a value that is an
// id, or names no programme, is left. One statement: the runner applies migrations in managed transactions, where
// CALL {} IN TRANSACTIONS is refused; MENTORS relationships that name a programme are few (a mentoring
// relationship per mentee), so one transaction holds them.
MATCH (:Person)-[r:MENTORS]->(:Person)
WHERE r.programme IS NOT NULL AND NOT EXISTS { MATCH (:Programme {id: r.programme}) }
MATCH (pr:Programme {name: r.programme})
WITH r, min(pr.id) AS id
SET r.programme = id;
