// How the two people of each given pair know each other, for streamed exports: $pairs is a batch of
// [idA, idB] lists (a few thousand per call, looked up through the person_id constraint's index).
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]})-[k:KNOWS]-(b:Person {id: pair[1]})
WHERE k.context IS NOT NULL
RETURN pair[0] AS a, pair[1] AS b, k.context AS context
