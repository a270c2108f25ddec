// Both sides of the tie between $me and $other (closeness, evidence as JSON text) and whether the KNOWS tie
// exists, read in the write's transaction.
MATCH (me:Person {id: $me}), (other:Person {id: $other})
OPTIONAL MATCH (me)-[mine:VOUCHES]->(other)
OPTIONAL MATCH (other)-[theirs:VOUCHES]->(me)
OPTIONAL MATCH (me)-[k:KNOWS]-(other)
WITH other, mine, theirs, head(collect(k)) AS k
RETURN other.name AS otherName, mine.closeness AS myCloseness, mine.evidence AS myEvidence, theirs.closeness AS theirCloseness,
       theirs.evidence AS theirEvidence, k IS NOT NULL AS tied
