// Takes the write lock on people (held until the transaction ends) without changing them, so that
// counting and writing after it are not raced by another transaction doing the same.
MATCH (p:Person)
WHERE p.id IN $ids
SET p._lock = true
REMOVE p._lock
RETURN p.id AS id
