// Warmest paths, Cypher engine: an exhaustive enumeration of every loopless path of at most
// {maxHops} ties, costed and sorted. Exact, but its work grows with degree^maxHops. PROFILE on the
// 2,000-person demo network (mean degree 10): VarLengthExpand(Into) 3,005 db hits at 3 hops and
// 37,387 at 4, about x12 per hop, so at 100k people and 6 hops it runs for seconds. The graph
// engine serves live warmest queries; this one is the cross-check.
MATCH p = (a:Person {id: $from})-[:KNOWS*1..{maxHops}]-(b:Person {id: $to})
WHERE all(n IN nodes(p)[1..-1] WHERE coalesce(n.openToIntroductions, false) AND NOT n.id IN $avoid)
  AND all(r IN relationships(p) WHERE coalesce(r.strength, 0.5) >= $minStrength)
  AND all(i IN range(1, size(nodes(p)) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
RETURN [n IN nodes(p) | n.id] AS people, [r IN relationships(p) | coalesce(r.strength, 0.5)] AS strengths,
       reduce(c = 0.0, r IN relationships(p) | c - log(coalesce(r.strength, 0.5))) AS cost
ORDER BY cost, size(strengths)
LIMIT $k
