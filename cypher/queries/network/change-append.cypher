// Entries of the change feed, run as the last statement of a write that changes people or ties. SET with a
// dependent read takes the counter's write lock before reading it, and the lock is held until commit: entries
// therefore commit in sequence order with no gaps, and a reader can follow seq exactly. One statement numbers
// a whole list of changes ($changes: [{kind, a, b, open, strength, tiesPrivate, card, detail}]) from the counter's old
// value; card and detail are JSON text (a person's card, a tie's details as the write committed them), or null.
MERGE (s:__WarmPathChangeSequence {id: 'graph'})
  ON CREATE SET s.seq = 0
SET s.seq = s.seq + size($changes)
WITH s.seq - size($changes) AS first
UNWIND range(0, size($changes) - 1) AS i
WITH first + i + 1 AS seq, $changes[i] AS c
CREATE (:__WarmPathChange {seq: seq, at: timestamp(), origin: $origin, kind: c.kind, a: c.a, b: c.b, open: c.open,
  strength: c.strength, tiesPrivate: c.tiesPrivate, card: c.card, detail: c.detail})
