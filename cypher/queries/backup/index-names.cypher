// The names of the indexes that exist, so restore skips a schema line the database already has.
SHOW INDEXES YIELD name
