// What the entries numbered after $after and up to $upTo say about new ties, for a write that created ties and
// looks again only where another write may have created one of them meanwhile (the import's core-API path,
// issue 13): a tie entry names its pair; an 'added' entry (a bulk write of people or ties) names none, so every
// tie is looked at again. 'ties-added' entries are connection imports', which never name a pair twice.
MATCH (c:__WarmPathChange)
WHERE c.seq > $after AND c.seq <= $upTo AND c.kind IN ['tie', 'added']
RETURN c.kind AS kind, c.a AS a, c.b AS b
