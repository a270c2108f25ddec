// The account a personal access token speaks for, found by the SHA-256 of the token's value.
MATCH (a:Account)-[:HAS_TOKEN]->(t:AccessToken {hash: $hash})
RETURN t.id AS id, t.expiresAt AS expiresAt, a.username AS username, a.roles AS roles, a.personId AS personId,
       a.programmes AS programmes,
       a.enabled AS enabled
