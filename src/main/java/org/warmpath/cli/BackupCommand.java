package org.warmpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warmpath.backup.BackupDatabase;
import org.warmpath.backup.GraphBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warmpath backup}: an online-safe logical snapshot of the whole graph with its
 * content hash, without starting the app (a running app is reached over its Bolt port).
 */
@Command(name = "backup", description = {
		"Write a snapshot of the whole graph and print its content hash; safe while the app runs.", "",
		"A logical snapshot (JSON lines) read in one read transaction. From the database at "
				+ "WARMPATH_NEO4J_URI when set (for a running app on the embedded database: "
				+ "bolt://127.0.0.1:7687), else the embedded one in --data-dir or WARMPATH_DATA_DIR (./data)." },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { ExitCodes.SUCCESS, ExitCodes.BACKUP_FAILED, ExitCodes.USAGE_ERROR })
final class BackupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	HelpOption help;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write.")
	Path file;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "An embedded data folder to back up (the app must not have it open).")
	String dataDir;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		long started = System.nanoTime();
		try (BackupDatabase db = BackupDatabase.open(this.dataDir)) {
			out.printf("Backing up %s to %s%n", db.describe(), this.file);
			GraphBackup.Summary summary = new GraphBackup(db.driver()).backup(this.file);
			out.printf(Locale.ROOT, "Done: %,d nodes, %,d relationships in %.1f s%n", summary.nodes(),
					summary.relationships(), (System.nanoTime() - started) / 1e9);
			out.println("content hash: sha256:" + summary.hash());
			return ExitCodes.OK;
		}
		catch (IOException ex) {
			this.spec.commandLine()
				.getErr()
				.println("warmpath: backup failed: cannot write " + this.file + ": " + ex.getMessage());
			return ExitCodes.FAILURE;
		}
	}

}
