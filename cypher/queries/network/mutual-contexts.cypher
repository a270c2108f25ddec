// Names and tie contexts of mutual connections, plus whether the target keeps their list private.
MATCH (a:Person {id: $a}), (b:Person {id: $b})
UNWIND $mutuals AS mid
MATCH (m:Person {id: mid})
OPTIONAL MATCH (a)-[ka:KNOWS]-(m)
OPTIONAL MATCH (m)-[kb:KNOWS]-(b)
RETURN m.id AS id, m.name AS name, m.headline AS headline, ka.context AS contextToPerson,
       kb.context AS contextToTarget, ka.strength AS strengthToPerson, kb.strength AS strengthToTarget
