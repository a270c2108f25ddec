// Renames a programme and/or changes its kind; a null leaves the value. $id, $name, $kind
MATCH (g:Programme {id: $id})
SET g.name = coalesce($name, g.name), g.kind = coalesce($kind, g.kind), g.updatedAt = datetime()
RETURN g.id AS id
