// The checksum recorded when a schema migration was applied; no row when it has not been.
MATCH (m:__WarmPathMigration {version: $version}) RETURN m.checksum AS checksum
