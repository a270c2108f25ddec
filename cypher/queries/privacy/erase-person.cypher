// Erasure, step 3: the person with every tie, mentoring relationship and membership.
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN count(*) AS erased
