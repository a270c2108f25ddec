// Records that every Person.seniority follows grade ladder $version (one GradeLadder node).
MERGE (g:GradeLadder)
SET g.version = $version, g.recomputedAt = datetime()
