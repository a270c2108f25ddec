// The quotas count open introductions through two links kept with their state, instead of walking a person's
// whole history of requests (introductions/request-checks, blind-checks): OPEN_REQUEST from the requester while an
// introduction is REQUESTED or ACCEPTED, PENDING_VIA to the person asked while it is REQUESTED. Existing ones get
// them here (MERGE: running it again changes nothing).
MATCH (r:Person)-[:REQUESTED]->(i:Introduction)
WHERE i.status IN ['REQUESTED', 'ACCEPTED']
MERGE (r)-[:OPEN_REQUEST]->(i);
MATCH (i:Introduction {status: 'REQUESTED'})-[:VIA]->(v:Person)
MERGE (i)-[:PENDING_VIA]->(v);
