// The programmes, or the one with id $programme (null: all), by name, for the programme funnels.
MATCH (pr:Programme)
WHERE $programme IS NULL OR pr.id = $programme
RETURN pr.id AS id, pr.name AS name
ORDER BY coalesce(pr.name, pr.id), pr.id
