// Erasure, step 2: the accounts that speak for the person.
MATCH (a:Account {personId: $id})
WITH a, a.username AS username
DETACH DELETE a
RETURN username
