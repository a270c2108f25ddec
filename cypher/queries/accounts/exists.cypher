// Whether an account exists.
OPTIONAL MATCH (a:Account {username: $username})
RETURN a IS NOT NULL AS found
