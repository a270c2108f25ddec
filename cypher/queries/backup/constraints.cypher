// Every constraint with the statement that recreates it, for a backup's schema lines; a single-property
// uniqueness or key constraint on one label also names the business key of that label's nodes.
SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties, createStatement
RETURN type, entityType, labelsOrTypes, properties, createStatement ORDER BY createStatement
