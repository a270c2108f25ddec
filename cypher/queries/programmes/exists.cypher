// Whether a programme and a person exist, for the 404s of a membership change. $id, $personId
RETURN EXISTS { MATCH (:Programme {id: $id}) } AS programme, EXISTS { MATCH (:Person {id: $personId}) } AS person
