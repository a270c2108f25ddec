// Removes the tie between $me and $other: the KNOWS tie and both sides' VOUCHES (a declined request is the other's
// side); answers how many of each were removed.
MATCH (me:Person {id: $me}), (other:Person {id: $other})
OPTIONAL MATCH (me)-[k:KNOWS]-(other)
WITH me, other, collect(k) AS ks
OPTIONAL MATCH (me)-[v:VOUCHES]-(other)
WITH ks, collect(v) AS vs
FOREACH (k IN ks | DELETE k)
FOREACH (v IN vs | DELETE v)
RETURN size(ks) AS knows, size(vs) AS vouches
