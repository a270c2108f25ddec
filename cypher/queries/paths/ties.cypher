// How each pair on a path knows each other, for explaining every hop.
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]})-[k:KNOWS]-(b:Person {id: pair[1]})
RETURN pair[0] AS a, pair[1] AS b, k.strength AS strength, k.context AS context, toString(k.since) AS since
