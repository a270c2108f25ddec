// A member's own profile and consent settings; $changes holds only the allowed fields.
MATCH (p:Person {id: $id})
SET p += $changes, p.updatedAt = datetime()
RETURN count(p) AS n
