// The temporary index restore MERGEs nodes on (backup/restore-index-drop removes it when restore ends).
CREATE INDEX warmpath_restore_key IF NOT EXISTS FOR (n:__WarmPathRestore) ON (n.__restoreKey)
