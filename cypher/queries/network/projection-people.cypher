// Every person, whether they consent to stand in the middle of a path and whether they keep their
// connections private: the projection's nodes.
MATCH (p:Person)
RETURN p.id AS id, coalesce(p.openToIntroductions, false) AS open,
       coalesce(p.connectionVisibility, 'connections') = 'private' AS tiesPrivate
