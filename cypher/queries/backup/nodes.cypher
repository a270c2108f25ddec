// Every node with its labels and properties, for a backup or a content hash. The change feed is how
// running instances follow each other's writes, not content: it is neither backed up nor hashed.
MATCH (n) WHERE NOT n:__WarmPathChange AND NOT n:__WarmPathChangeSequence
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
