// Removes restore's temporary sequence numbers from relationships. CALL { } IN TRANSACTIONS needs an
// auto-commit transaction; running it again is harmless.
MATCH ()-[x]->() WHERE x.__restoreSeq IS NOT NULL
CALL { WITH x REMOVE x.__restoreSeq } IN TRANSACTIONS OF 10000 ROWS
