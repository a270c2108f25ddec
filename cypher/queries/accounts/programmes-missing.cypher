// Which of the programme ids an admin names for a PROGRAMME_LEAD account do not exist.
// $ids: programme ids (at most 50)
RETURN [id IN $ids WHERE NOT EXISTS { MATCH (:Programme {id: id}) }] AS missing
