// What stands in the way of a new or renamed programme: the ids already taken among $slug and $slug-2, $slug-3, ...,
// and whether another programme has the same name (ignoring case).
// $name: the name; $slug: its slug; $self: the programme being renamed, or null for a new one.
// The ids are read first, the names after them (the aggregation between the two parts ends the first before the
// second starts): a read sees what was committed before it, so a twin committed while this runs is seen by the
// name read if the ids read saw it, and otherwise takes the id this write will ask for, which the unique
// constraint on Programme.id then refuses. Read the other way round, a twin committed between the two reads was
// missed by the name read and pushed this write to $slug-2: two programmes of one name (ProgrammeTests'
// concurrent creates, seen once in a full run).
OPTIONAL MATCH (taken:Programme) WHERE taken.id = $slug OR taken.id STARTS WITH $slug + '-'
WITH collect(taken.id) AS taken
OPTIONAL MATCH (same:Programme) WHERE toLower(same.name) = toLower($name) AND same.id <> coalesce($self, '')
RETURN collect(same.id)[0] AS sameName, taken
