// The statements that recreate every index a constraint does not own, for a backup's schema lines;
// leaves out the token lookup indexes (every database has them) and restore's own index ($restore).
SHOW INDEXES YIELD name, type, owningConstraint, createStatement
WHERE owningConstraint IS NULL AND type <> 'LOOKUP' AND name <> $restore
RETURN createStatement ORDER BY createStatement
