// Writes the seniority the current grade ladder gives (people/GradeLadderMigration), only where it differs;
// a null seniority removes the property. $rows: [{id, seniority}].
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WHERE coalesce(p.seniority, -1) <> coalesce(row.seniority, -1)
SET p.seniority = row.seniority
RETURN count(p) AS changed
