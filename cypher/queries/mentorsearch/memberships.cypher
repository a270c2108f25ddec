// The programme memberships of people a write just changed, read in the writer's thread so the mentor
// catalogue's pools follow an edit of a person (their card does not carry memberships).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, [(p)-[g:MEMBER_OF]->(pr:Programme) | {id: pr.id, name: pr.name, as: g.as}] AS programmes
