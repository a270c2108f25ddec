// Locks the two people of a tie write, in id order, so that two sides vouching at once are serialised
// (the second sees the first's side and creates the tie); answers the ids found.
// $me, $other: the two people's ids
MATCH (p:Person)
WHERE p.id IN [$me, $other]
WITH p ORDER BY p.id
SET p._tieLock = true
REMOVE p._tieLock
RETURN collect(p.id) AS found
