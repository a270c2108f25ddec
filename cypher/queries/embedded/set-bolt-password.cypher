// Sets the password of the embedded database's Bolt user (run on the system database,
// in process, when the data folder has no credentials file yet).
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
