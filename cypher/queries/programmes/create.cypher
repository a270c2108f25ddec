// Creates a programme; the unique constraint on Programme.id refuses a concurrent twin.
// $id, $name, $kind
CREATE (g:Programme {id: $id, name: $name, kind: $kind, createdAt: datetime()})
RETURN g.id AS id
