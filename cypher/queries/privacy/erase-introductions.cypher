// Erasure, step 1: introductions a person took part in (on a blind request's route too) become anonymised
// counts per status, then go.
MATCH (p:Person {id: $id})
MATCH (i:Introduction)
WHERE EXISTS { (p)-[:REQUESTED]->(i) } OR EXISTS { (i)-[:VIA]->(p) } OR EXISTS { (i)-[:TO]->(p) }
   OR $id IN coalesce(i.route, [])
WITH i.status AS status, collect(i) AS gone
MERGE (t:ErasedIntroductions {status: status})
SET t.count = coalesce(t.count, 0) + size(gone), t.updatedAt = datetime()
FOREACH (x IN gone | DETACH DELETE x)
RETURN status, size(gone) AS erased
