// A programme's members by name, with their part in it; the caller pages them after the visibility rule
// has dropped those it may not show. $id: the programme; $limit: at most this many members.
MATCH (p:Person)-[m:MEMBER_OF]->(:Programme {id: $id})
RETURN p.id AS id, coalesce(m.as, 'member') AS as
ORDER BY p.name, p.id
LIMIT $limit
