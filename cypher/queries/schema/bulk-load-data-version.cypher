// The latest migration whose data a bulk load (ingest/BulkLoad) already wrote in its migrated form: the data
// statements of migrations up to it have nothing to rewrite on that store. No row on a store not bulk-loaded.
MATCH (b:__WarmPathBulkLoad)
RETURN max(b.dataVersion) AS version
