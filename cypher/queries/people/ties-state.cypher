// What the projection holds of some ties ($pairs: [{a, b}]) as a write left them, read in the write's own
// transaction: strength and what explains the tie (as network/projection-ties reads them).
UNWIND $pairs AS pair
MATCH (a:Person {id: pair.a})-[k:KNOWS]-(b:Person {id: pair.b})
RETURN pair.a AS a, pair.b AS b, coalesce(k.strength, 0.5) AS strength, k.context AS context,
       toString(k.since) AS since, k.source AS source,
       k.explanation AS explanation
