// The people of a batch (people.csv, the People API) whose row asks for another openToIntroductions than the one
// they set themselves through /api/me (consentSetBy 'self'): people/upsert keeps their own value, and the import
// report names these rows. With $adminMayClose (an admin's edit that sends false) a row that closes them is applied.
// $rows: as people/upsert
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WHERE p.consentSetBy = 'self'
  AND coalesce(p.openToIntroductions, false) <> row.openToIntroductions
  AND NOT ($adminMayClose AND NOT row.openToIntroductions)
RETURN row.id AS id
