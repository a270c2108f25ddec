// For a named path $path (person ids, requester first), whether each hop is a tie and each person after
// the first consents to introductions.
UNWIND range(0, size($path) - 2) AS i
OPTIONAL MATCH (p:Person {id: $path[i + 1]})
RETURN i,
       EXISTS { (:Person {id: $path[i]})-[:KNOWS]-(:Person {id: $path[i + 1]}) } AS linked,
       coalesce(p.openToIntroductions, false) AS open
ORDER BY i
