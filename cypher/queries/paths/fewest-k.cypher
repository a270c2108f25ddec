// k fewest-hop paths, Cypher engine (GQL SHORTEST k over a quantified path pattern). {k} and
// {maxHops} are validated integers put in by the app. The rules sit inside the quantified
// pattern, so they prune the search instead of filtering its result: each step's far end must
// be the target or a consenting, not-avoided person, and each tie strong enough. SHORTEST may
// return a walk that revisits someone; the app drops those (paths are loopless).
MATCH p = SHORTEST {k} (a:Person {id: $from})
  ((x:Person)-[r:KNOWS]-(y:Person)
    WHERE coalesce(r.strength, 0.5) >= $minStrength
      AND (y.id = $to OR (coalesce(y.openToIntroductions, false) AND NOT y.id IN $avoid))
  ){1,{maxHops}}
  (b:Person {id: $to})
RETURN [n IN nodes(p) | n.id] AS people, [rel IN relationships(p) | coalesce(rel.strength, 0.5)] AS strengths
