// $me's KNOWS ties (at most $limit, warmest first) with both sides' VOUCHES, and the total; then, in the column
// pending, the people $me vouched for who have not answered (no KNOWS yet).
MATCH (me:Person {id: $me})
OPTIONAL MATCH (me)-[k:KNOWS]-(other:Person)
WITH me, other, k ORDER BY k.strength DESC, other.id
WITH me, collect(CASE WHEN k IS NOT NULL THEN {other: other, k: k} END) AS known
WITH me, size(known) AS total, known[0..$limit] AS page
CALL (me, page) {
  UNWIND page AS t
  WITH me, t.other AS other, t.k AS k
  OPTIONAL MATCH (me)-[mine:VOUCHES]->(other)
  OPTIONAL MATCH (other)-[theirs:VOUCHES]->(me)
  RETURN collect({id: other.id, name: other.name, strength: k.strength, source: k.source, context: k.context,
                  since: toString(k.since), confirmedAt: toString(k.confirmedAt), explanation: k.explanation,
                  myCloseness: mine.closeness, myEvidence: mine.evidence,
                  theirCloseness: theirs.closeness, theirEvidence: theirs.evidence}) AS ties
}
CALL (me) {
  OPTIONAL MATCH (me)-[mine:VOUCHES]->(other:Person)
  WHERE NOT (me)-[:KNOWS]-(other)
  WITH other, mine ORDER BY mine.updatedAt DESC
  LIMIT 500
  RETURN collect(CASE WHEN mine IS NOT NULL THEN {id: other.id, name: other.name, closeness: mine.closeness, evidence: mine.evidence,
                  at: toString(mine.updatedAt)} END) AS pending
}
RETURN total, ties, pending
