// Records that a schema migration was applied, with the checksum of its file.
MERGE (m:__WarmPathMigration {version: $version})
SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
