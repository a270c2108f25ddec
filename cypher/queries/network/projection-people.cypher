// Every person and whether they consent to stand in the middle of a path: the projection's nodes.
MATCH (p:Person)
RETURN p.id AS id, coalesce(p.openToIntroductions, false) AS open
