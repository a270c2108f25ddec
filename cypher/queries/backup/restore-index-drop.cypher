// Drops restore's temporary index (backup/restore-index-create) once every node and tie is written.
DROP INDEX warmpath_restore_key IF EXISTS
