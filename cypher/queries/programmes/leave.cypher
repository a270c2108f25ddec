// Ends a person's membership of a programme; answers whether they were a member. $id, $personId
MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(:Programme {id: $id})
DELETE m
RETURN count(*) AS removed
