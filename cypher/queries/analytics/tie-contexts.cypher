// Every KNOWS tie with how the two people know each other, for exports; $ids null means all.
MATCH (a:Person)-[k:KNOWS]->(b:Person)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN a.id AS a, b.id AS b, k.context AS context
