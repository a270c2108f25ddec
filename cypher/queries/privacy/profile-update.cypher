// A member's own profile and consent settings; $changes holds only the allowed fields. When the member sets
// openToIntroductions ($consent) or connectionVisibility ($visibility), that is recorded as their own
// (consentSetBy / visibilitySetBy 'self', with the time): from then on admin edits and imports leave it
// (people/upsert), except that an admin may close them. $changes may clear goals or needs (null removes them).
// $rewrite: the same transaction then writes the person's card fields through people/upsert, which must not skip
// the row as unchanged (its read-back is what tells the projection), so the stored fingerprint is dropped.
MATCH (p:Person {id: $id})
SET p += $changes, p.updatedAt = datetime(),
    p.fingerprint = CASE WHEN $rewrite THEN null ELSE p.fingerprint END
FOREACH (_ IN CASE WHEN $consent THEN [1] ELSE [] END |
  SET p.consentSetBy = 'self', p.consentSetAt = datetime())
FOREACH (_ IN CASE WHEN $visibility THEN [1] ELSE [] END |
  SET p.visibilitySetBy = 'self', p.visibilitySetAt = datetime())
RETURN count(p) AS n
