// The people who accepted to introduce $person: a member's paths show them unredacted.
MATCH (:Person {id: $person})-[:REQUESTED]->(i:Introduction)-[:VIA]->(v:Person)
WHERE i.status IN ['ACCEPTED', 'COMPLETED']
RETURN collect(DISTINCT v.id) AS ids
