// What the entries numbered after $after and up to $upTo say about new ties, for a write that created ties and
// looks again only where another write may have created one of them meanwhile (the import's core-API path,
// issue 13): a tie entry names its pair; an 'added' or 'ties-added' entry (a bulk write of people or ties) names
// none, so every tie is looked at again. 'ties-imported' entries are the connection import's own (one runs at a
// time, and it never names a pair twice). When entry $after + 1 is gone (pruned by age while a long import ran),
// what it said is not known: `pruned` tells it, and every tie is looked at again too.
OPTIONAL MATCH (first:__WarmPathChange {seq: $after + 1})
WITH first IS NULL AS pruned
OPTIONAL MATCH (c:__WarmPathChange)
  WHERE c.seq > $after AND c.seq <= $upTo AND c.kind IN ['tie', 'added', 'ties-added']
RETURN pruned, c.kind AS kind, c.a AS a, c.b AS b
