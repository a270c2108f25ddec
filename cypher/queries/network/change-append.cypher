// One entry of the change feed, run as the last statement of a write that changes people or ties. SET with a
// dependent read takes the counter's write lock before reading it, and the lock is held until commit: entries
// therefore commit in sequence order with no gaps, and a reader can follow seq exactly.
MERGE (s:__WarmPathChangeSequence {id: 'graph'})
  ON CREATE SET s.seq = 0
SET s.seq = s.seq + 1
CREATE (:__WarmPathChange {seq: s.seq, at: timestamp(), origin: $origin, kind: $kind, a: $a, b: $b, open: $open})
