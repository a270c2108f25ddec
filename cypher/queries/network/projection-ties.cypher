// Every KNOWS tie once (stored in one direction): the projection's edges, with what explains them.
MATCH (a:Person)-[k:KNOWS]->(b:Person)
RETURN a.id AS a, b.id AS b, coalesce(k.strength, 0.5) AS strength, k.context AS context,
       toString(k.since) AS since, k.source AS source,
       k.explanation AS explanation
