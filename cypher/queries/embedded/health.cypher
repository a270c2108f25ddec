// The server's version and edition, for the neo4j component of /actuator/health.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
