// Where the change feed stands: an instance starting now follows entries after this one.
OPTIONAL MATCH (s:__WarmPathChangeSequence {id: 'graph'})
RETURN coalesce(s.seq, 0) AS seq
