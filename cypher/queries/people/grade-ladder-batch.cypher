// One batch of people for the grade ladder step, in id order after $after (keyset paging on the unique id):
// their grade and stored seniority. $after: the last id of the previous batch ('' first); $limit: the batch size.
MATCH (p:Person)
WHERE p.id > $after
RETURN p.id AS id, p.grade AS grade, p.seniority AS seniority
ORDER BY p.id
LIMIT $limit
