// Whether the graph holds any person at all (the demo network loads only into an empty graph).
RETURN EXISTS { MATCH (:Person) } AS any
