// Creates or re-rates the KNOWS tie between $a and $b (a < b, so a new tie is stored (a)->(b)) with the strength
// its people's sides give it and its packed explanation; context and since are replaced only when the sides say
// them. $confirmed: both sides vouched (the tie records when that first happened). A tie back in place clears the
// REMOVED_TIE markers an earlier removal left (ties/pair-delete).
MATCH (a:Person {id: $a}), (b:Person {id: $b})
OPTIONAL MATCH (a)-[old:KNOWS]-(b)
WITH a, b, count(old) AS existing
FOREACH (_ IN CASE WHEN existing = 0 THEN [1] ELSE [] END |
  CREATE (a)-[:KNOWS {createdAt: datetime(), source: $source}]->(b))
WITH a, b, existing
CALL (a, b) {
  MATCH (a)-[gone:REMOVED_TIE]-(b)
  DELETE gone
}
MATCH (a)-[k:KNOWS]-(b)
SET k.strength = $strength, k.explanation = $explanation, k.context = coalesce($context, k.context),
    k.since = coalesce($since, k.since), k.ratedAt = datetime(),
    k.confirmedAt = CASE WHEN $confirmed THEN coalesce(k.confirmedAt, datetime()) ELSE k.confirmedAt END
RETURN existing = 0 AS created
