// What stands in the way of a new or renamed programme: whether another programme has the same name
// (ignoring case), and the ids already taken among $slug and $slug-2, $slug-3, ...
// $name: the name; $slug: its slug; $self: the programme being renamed, or null for a new one.
OPTIONAL MATCH (same:Programme) WHERE toLower(same.name) = toLower($name) AND same.id <> coalesce($self, '')
WITH collect(same.id)[0] AS sameName
OPTIONAL MATCH (taken:Programme) WHERE taken.id = $slug OR taken.id STARTS WITH $slug + '-'
RETURN sameName, collect(taken.id) AS taken
