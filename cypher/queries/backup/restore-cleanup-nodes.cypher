// Removes restore's temporary label and key from nodes. CALL { } IN TRANSACTIONS needs an auto-commit
// transaction; running it again is harmless.
MATCH (n:__WarmPathRestore)
CALL { WITH n REMOVE n:__WarmPathRestore REMOVE n.__restoreKey } IN TRANSACTIONS OF 10000 ROWS
