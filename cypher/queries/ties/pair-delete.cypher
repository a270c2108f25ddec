// Removes the tie between $me and $other: the KNOWS tie and both sides' VOUCHES (a declined request is the other's
// side); answers how many of each were removed. A removed KNOWS tie leaves a (me)-[:REMOVED_TIE {at}]->(other)
// marker so that a later import of the same connections does not bring it back (people/ties-upsert); both people
// confirming the tie again (ties/knows-save) clears it.
MATCH (me:Person {id: $me}), (other:Person {id: $other})
OPTIONAL MATCH (me)-[k:KNOWS]-(other)
WITH me, other, collect(k) AS ks
OPTIONAL MATCH (me)-[v:VOUCHES]-(other)
WITH me, other, ks, collect(v) AS vs
FOREACH (k IN ks | DELETE k)
FOREACH (v IN vs | DELETE v)
FOREACH (_ IN CASE WHEN size(ks) > 0 THEN [1] ELSE [] END |
  MERGE (me)-[r:REMOVED_TIE]->(other)
  SET r.at = datetime())
RETURN size(ks) AS knows, size(vs) AS vouches
