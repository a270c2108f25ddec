// The people who accepted to introduce $person: the visibility rule counts them among the person's
// contacts.
// $person: the viewer's person id
MATCH (:Person {id: $person})-[:REQUESTED]->(i:Introduction)-[:VIA]->(v:Person)
WHERE i.status IN ['ACCEPTED', 'COMPLETED']
RETURN collect(DISTINCT v.id) AS ids
