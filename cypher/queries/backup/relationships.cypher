// Every relationship with its ends, type and properties, for a backup or a content hash.
MATCH ()-[r]->()
RETURN elementId(startNode(r)) AS s, elementId(endNode(r)) AS e, type(r) AS type, properties(r) AS props
