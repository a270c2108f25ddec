// Makes a person a member of a programme with the given part, or changes their part; answers whether the
// membership changed (nothing when the programme or the person is unknown). $id, $personId, $as
MATCH (g:Programme {id: $id})
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(g)
WITH g, p, old, old.as AS before
MERGE (p)-[m:MEMBER_OF]->(g)
SET m.as = $as
RETURN old IS NULL OR coalesce(before, 'member') <> $as AS changed
