// The version of the grade ladder the stored Person.seniority follows (people/GradeLadderMigration); no row
// before the first run.
MATCH (g:GradeLadder)
RETURN g.version AS version
