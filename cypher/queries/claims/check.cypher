// What a claim request depends on, read in its write transaction after the account is locked: the person the
// account already speaks for, whether the person exists and may be claimed (marked unclaimed, {claimed: false},
// as a member's LinkedIn import creates them, and no account speaks for them), and the account's pending claim
// on anyone else.
MATCH (a:Account {username: $username})
SET a._lock = true
REMOVE a._lock
WITH a
OPTIONAL MATCH (p:Person {id: $personId})
RETURN a.personId AS accountPerson, p IS NOT NULL AS personFound,
       p IS NOT NULL AND p.claimed = false
         AND NOT EXISTS { MATCH (o:Account) WHERE o.personId = $personId } AS claimable,
       [(a)-[c:CLAIMS {status: 'PENDING'}]->(q:Person) WHERE q.id <> $personId | q.id][0] AS otherPending
