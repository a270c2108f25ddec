// The tie a completed introduction creates, stored once ($a < $b); an existing tie is left as it is.
MATCH (a:Person {id: $a}), (b:Person {id: $b})
SET a._lock = true, b._lock = true
REMOVE a._lock, b._lock
WITH a, b
MERGE (a)-[k:KNOWS]-(b)
  ON CREATE SET k.strength = $strength, k.context = 'introduction', k.since = date(), k.source = 'introduction',
                k.createdAt = datetime(), k._new = true
WITH k, k._new IS NOT NULL AS created
REMOVE k._new
RETURN created
