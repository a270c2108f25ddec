// The ids of $ids that no :Person has, so a batch can be checked before it is written.
// $ids: person ids
UNWIND $ids AS id
WITH id
WHERE NOT EXISTS { MATCH (:Person {id: id}) }
RETURN id
