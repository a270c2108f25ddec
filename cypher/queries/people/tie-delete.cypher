// Deletes the KNOWS tie between two people, whichever direction it is stored in.
// $a, $b: the two people's ids
MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b})
DELETE k
RETURN count(*) AS deleted
