package org.warmpath.cli;

/**
 * The exit codes of the command line and their lines in the {@code --help} text, in one
 * place so that every command documents the same meanings.
 */
final class ExitCodes {

	static final int OK = 0;

	static final int FAILURE = 1;

	static final int USAGE = 2;

	static final String HEADING = "%nExit codes:%n";

	static final String SUCCESS = "0:success";

	static final String FAILED = "1:rows rejected, or the import, backup or restore failed";

	static final String USAGE_OR_NOT_EMPTY = "2:usage error (or restore into a database that is not empty)";

	static final String USAGE_ERROR = "2:usage error";

	static final String IMPORT_FAILED = "1:rows rejected, or the import failed";

	static final String IMPORT_USAGE = "2:usage error, or (linkedin) an --owner who is not a person";

	static final String BACKUP_FAILED = "1:the backup failed (database unreachable, file not writable)";

	static final String RESTORE_FAILED = "1:the restore failed (database unreachable, file not readable)";

	static final String BULK_REFUSED = "2:usage error, or a database that already exists";

	static final String RESTORE_REFUSED = "2:usage error, an invalid backup file, or a database that is not empty";

	private ExitCodes() {
	}

}
