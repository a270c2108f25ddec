// The names of the constraints that exist, so restore skips a schema line the database already has.
SHOW CONSTRAINTS YIELD name
