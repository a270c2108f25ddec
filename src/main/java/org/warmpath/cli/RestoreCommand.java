package org.warmpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warmpath.backup.BackupDatabase;
import org.warmpath.backup.GraphBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code warmpath restore}: a backup into an empty database, checked against the backup's
 * content hash; refused (exit code 2) when the database holds anything, so that a restore
 * never mixes two graphs.
 */
@Command(name = "restore",
		description = { "Restore a backup into an empty database and check its content hash.", "",
				"Into the database at WARMPATH_NEO4J_URI when set, else the embedded one in --data-dir or "
						+ "WARMPATH_DATA_DIR (./data). Refused with exit code 2 when the database holds any node; "
						+ "the restored graph must have the backup's content hash." },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { ExitCodes.SUCCESS, ExitCodes.RESTORE_FAILED, ExitCodes.RESTORE_REFUSED })
final class RestoreCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOption help;

	@Option(names = "--in", paramLabel = "FILE", required = true, description = "The backup file to read.")
	Path file;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "An embedded data folder to restore into (the app must not have it open).")
	String dataDir;

	@Override
	public Integer call() {
		if (!Files.isReadable(this.file)) {
			throw new ParameterException(this.spec.commandLine(), "cannot read " + this.file);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		long started = System.nanoTime();
		try {
			GraphBackup.check(this.file);
			try (BackupDatabase db = BackupDatabase.open(this.dataDir)) {
				out.printf("Restoring %s into %s%n", this.file, db.describe());
				GraphBackup.Summary summary = new GraphBackup(db.driver()).restore(this.file);
				out.printf(Locale.ROOT, "Done: %,d nodes, %,d relationships in %.1f s%n", summary.nodes(),
						summary.relationships(), (System.nanoTime() - started) / 1e9);
				out.println("content hash: sha256:" + summary.hash() + " (same as the backup)");
				return ExitCodes.OK;
			}
		}
		catch (GraphBackup.NotEmptyException ex) {
			err.println("warmpath: restore refused: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		catch (GraphBackup.InvalidBackupException ex) {
			err.println("warmpath: restore failed: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		catch (IOException ex) {
			err.println("warmpath: restore failed: cannot read " + this.file + ": " + ex.getMessage());
			return ExitCodes.FAILURE;
		}
	}

}
