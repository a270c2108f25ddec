// Writes $me's side of the tie to $other: closeness (1..5) and evidence (JSON text of [{kind, since, until, note}]).
MATCH (me:Person {id: $me}), (other:Person {id: $other})
MERGE (me)-[v:VOUCHES]->(other)
  ON CREATE SET v.createdAt = datetime()
SET v.closeness = $closeness, v.evidence = $evidence, v.updatedAt = datetime()
RETURN count(v) AS saved
