// How many nodes the database holds: restore writes only into an empty one.
MATCH (n) RETURN count(n) AS n
