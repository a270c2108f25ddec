// Fewest hops, Cypher engine. {maxHops} is a validated integer 1..6 put in by the app (Cypher
// does not take parameters in a variable-length bound); everything else is a $parameter.
// The consent rule is written over all of nodes(p), endpoints allowed by id, because that form
// keeps the planner's bidirectional shortestPath search (PROFILE on the 2,000-person demo, 6 hops:
// two NodeUniqueIndexSeek, then ShortestPath with 325 db hits); a predicate over
// `nodes(p)[1..-1]` makes the planner fall back to an exhaustive search, which timed out on 13% of
// pairs at 100k people in an earlier trial.
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = shortestPath((a)-[:KNOWS*..{maxHops}]-(b))
WHERE all(n IN nodes(p) WHERE (coalesce(n.openToIntroductions, false) AND NOT n.id IN $avoid)
                          OR n.id = $from OR n.id = $to)
  AND all(r IN relationships(p) WHERE coalesce(r.strength, 0.5) >= $minStrength)
RETURN [n IN nodes(p) | n.id] AS people, [r IN relationships(p) | coalesce(r.strength, 0.5)] AS strengths
