// What the projection holds of some people ($ids) as a write left them, read in the write's own transaction:
// consent to stand in the middle of paths and whether their connections are private (as network/projection-people).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, coalesce(p.openToIntroductions, false) AS open,
       coalesce(p.connectionVisibility, 'connections') = 'private' AS tiesPrivate
