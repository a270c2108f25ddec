// Sets (or, with null, removes) the e-mail address notifications are sent to.
MATCH (a:Account {username: $username})
SET a.email = $email
RETURN a.email AS email
