// The e-mail address of one account, or null.
MATCH (a:Account {username: $username})
RETURN a.email AS email
