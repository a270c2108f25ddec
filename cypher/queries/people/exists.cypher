// Whether a person exists: the one "does this person exist" check, also run inside write
// transactions (introductions, mentorships, erasure) that must see it under their locks.
// $id: the person's id
RETURN EXISTS { MATCH (:Person {id: $id}) } AS found
