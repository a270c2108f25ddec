// Who may see one person's connections: 'connections' (the default) or 'private'; no row when there
// is no such person.
// $id: the person's id
MATCH (p:Person {id: $id})
RETURN coalesce(p.connectionVisibility, 'connections') AS v
