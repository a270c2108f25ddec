// The owner of a member's LinkedIn import: their own profile URL, if the graph knows it (a row naming it is the
// member themselves, not a contact).
MATCH (p:Person {id: $id})
RETURN p.linkedinUrl AS linkedinUrl
