// The parts of a member's own profile that only they see and that the directory does not show: their goals and
// needs (ids from the vocabulary). $id: the person
MATCH (p:Person {id: $id})
RETURN p.goals AS goals, coalesce(p.needs, []) AS needs
