// Waits (up to 300 s) until the indexes restore created are online, before it writes nodes.
CALL db.awaitIndexes(300)
