// One programme by id: its name for the catalogue, or whether it exists at all (a 404 otherwise).
MATCH (pr:Programme {id: $id})
RETURN pr.id AS id, pr.name AS name
