// A member's own profile and consent settings; $changes holds only the allowed fields. When the member sets
// openToIntroductions ($consent) or connectionVisibility ($visibility), that is recorded as their own
// (consentSetBy / visibilitySetBy 'self', with the time): from then on admin edits and imports leave it
// (people/upsert), except that an admin may close them.
MATCH (p:Person {id: $id})
SET p += $changes, p.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $consent THEN [1] ELSE [] END |
  SET p.consentSetBy = 'self', p.consentSetAt = datetime())
FOREACH (_ IN CASE WHEN $visibility THEN [1] ELSE [] END |
  SET p.visibilitySetBy = 'self', p.visibilitySetAt = datetime())
RETURN count(p) AS n
