// k fewest-hop paths, Cypher engine (GQL SHORTEST k). {k} and {maxHops} are validated integers
// put in by the app. The predicate sits inside the parenthesised path pattern so it filters
// paths before SHORTEST selects them, not after.
MATCH p = SHORTEST {k} ((a:Person {id: $from})-[:KNOWS]-{1,{maxHops}}(b:Person {id: $to})
  WHERE all(n IN nodes(p) WHERE ((n.openToIntroductions IS NULL OR n.openToIntroductions) AND NOT n.id IN $avoid)
                            OR n.id = $from OR n.id = $to)
    AND all(r IN relationships(p) WHERE coalesce(r.strength, 0.5) >= $minStrength))
RETURN [n IN nodes(p) | n.id] AS people, [r IN relationships(p) | coalesce(r.strength, 0.5)] AS strengths
