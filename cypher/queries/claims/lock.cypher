// Locks a claim's account and person (held until the transaction ends) and reads, after the locks, what the
// admin's decision depends on.
MATCH (a:Account)-[c:CLAIMS {id: $id}]->(p:Person)
SET a._lock = true, p._lock = true
REMOVE a._lock, p._lock
RETURN c.status AS status, a.personId AS accountPerson, p.id AS personId, coalesce(p.claimed, true) AS claimed,
       EXISTS { MATCH (o:Account) WHERE o.personId = p.id AND o <> a } AS spokenFor
