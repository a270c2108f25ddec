// Which of $ids keep their connections private (connectionVisibility 'private'), to hide their ties
// from a member's view of their own ego network.
// $ids: person ids
MATCH (p:Person)
WHERE p.id IN $ids AND p.connectionVisibility = 'private'
RETURN collect(p.id) AS ids
