package org.warmpath.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.warmpath.backup.GraphBackup;
import org.warmpath.cli.ImportCommand;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.schema.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of an import: a child JVM imports into its own embedded folder
 * exactly as {@code warmpath import} does, in small batches, and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) once 40% of the rows are committed. The folder then
 * opens (the transaction log recovered, the migrations intact, counts readable) with only
 * whole batches in it; re-running the same import finishes it, writing exactly the rows
 * that were missing, and the graph equals a clean import of the same file into a copy of
 * the same starting folder, by counts and by content hash (leaving out only what
 * {@link CrashHarness#CONNECTIONS_CRASH} and {@link CrashHarness#PEOPLE_CRASH} name). The
 * million-row version is {@link CrashBenchmark}.
 */
class CrashImportTests {

	private static final int BATCH = 500;

	@TempDir
	Path work;

	@Test
	void aConnectionsImportKilledPartWayIsFinishedByARerunAndEqualsACleanImport() throws Exception {
		Path net = this.work.resolve("net");
		new DemoNetworkGenerator().generate(1000, 7, net);
		Path connections = net.resolve(DemoNetworkGenerator.CONNECTIONS_FILE);
		long total = Files.lines(connections).count() - 1;
		Path base = this.work.resolve("base");
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(base, 0, Duration.ofMinutes(2), "64m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			new SchemaMigrations(driver);
			CrashHarness.imports(driver, 2000)
				.importPeople(net.resolve(DemoNetworkGenerator.PEOPLE_FILE), ImportMode.STRICT, ImportProgress.NONE);
		}
		Path crashed = this.work.resolve("crashed");
		Path clean = this.work.resolve("clean");
		CrashHarness.copy(base, crashed);
		CrashHarness.copy(base, clean);

		Process child = CrashHarness.start(crashed, BATCH, ImportChild.class.getName(), "connections",
				connections.toString());
		CrashHarness.Killed killed = CrashHarness.killWhen(child, CrashImportTests::writtenRows,
				rows -> rows >= total * 2 / 5, CrashImportTests::echo);

		CrashHarness.State afterCrash = inFolder(crashed, (driver, started) -> {
			CrashHarness.Restart restart = CrashHarness.restart(driver, crashed, started);
			assertThat(restart.people()).isEqualTo(1000);
			assertThat(restart.ties()).as("whole batches, at least those reported committed, and not all")
				.isGreaterThanOrEqualTo(killed.rowsSeen())
				.isLessThan(total);
			assertThat(restart.ties() % BATCH).as("no half batch").isZero();

			ImportReport rerun = importWith(driver, "connections", connections);
			assertThat(rerun.rejected()).isZero();
			assertThat(rerun.unchanged()).as("rows committed before the crash").isEqualTo(restart.ties());
			assertThat(rerun.created()).isEqualTo(total - restart.ties());
			return CrashHarness.state(driver, CrashHarness.CONNECTIONS_CRASH);
		});
		CrashHarness.State cleanImport = inFolder(clean, (driver, started) -> {
			new SchemaMigrations(driver);
			assertThat(importWith(driver, "connections", connections).created()).isEqualTo(total);
			return CrashHarness.state(driver, CrashHarness.CONNECTIONS_CRASH);
		});
		assertThat(afterCrash.ties()).isEqualTo(total);
		assertThat(afterCrash).isEqualTo(cleanImport);
	}

	@Test
	void aPeopleImportKilledPartWayIsFinishedByARerunAndEqualsACleanImport() throws Exception {
		Path net = this.work.resolve("net");
		new DemoNetworkGenerator().generate(600, 11, net);
		Path people = net.resolve(DemoNetworkGenerator.PEOPLE_FILE);
		long total = Files.lines(people).count() - 1;
		Path crashed = this.work.resolve("crashed");
		Path clean = this.work.resolve("clean");

		Process child = CrashHarness.start(crashed, BATCH / 5, ImportChild.class.getName(), "people",
				people.toString());
		CrashHarness.Killed killed = CrashHarness.killWhen(child, CrashImportTests::writtenRows,
				rows -> rows >= total * 2 / 5, CrashImportTests::echo);

		CrashHarness.State afterCrash = inFolder(crashed, (driver, started) -> {
			CrashHarness.Restart restart = CrashHarness.restart(driver, crashed, started);
			assertThat(restart.people()).isGreaterThanOrEqualTo(killed.rowsSeen()).isLessThan(total);
			assertThat(restart.people() % (BATCH / 5)).as("no half batch").isZero();

			// each person's fingerprint is written in the same transaction as the person,
			// so the rerun skips exactly the people committed before the crash
			ImportReport rerun = importWith(driver, "people", people);
			assertThat(rerun.created()).isEqualTo(total - restart.people());
			assertThat(rerun.updated()).isZero();
			assertThat(rerun.unchanged()).isEqualTo(restart.people());
			return CrashHarness.state(driver, CrashHarness.PEOPLE_CRASH);
		});
		CrashHarness.State cleanImport = inFolder(clean, (driver, started) -> {
			new SchemaMigrations(driver);
			assertThat(importWith(driver, "people", people).created()).isEqualTo(total);
			return CrashHarness.state(driver, CrashHarness.PEOPLE_CRASH);
		});
		assertThat(afterCrash.people()).isEqualTo(total);
		assertThat(afterCrash).isEqualTo(cleanImport);
	}

	private static void echo(String line) {
		System.out.println(java.time.LocalTime.now() + " [child] " + line);
	}

	/** Rows written so far from a child's {@code progress writing N} line, else -1. */
	private static long writtenRows(String line) {
		return line.startsWith("progress writing ") ? Long.parseLong(line.substring("progress writing ".length())) : -1;
	}

	/**
	 * Opens a stopped folder in this JVM, hands its driver (and when it was opened, from
	 * {@link System#nanoTime()}) to {@code work}, and closes it. Each folder is opened
	 * once for everything the test does with it (the restart after the crash, the rerun
	 * and the content hash): every start of an embedded database costs seconds.
	 */
	private static <T> T inFolder(Path dataDir, FolderWork<T> work) {
		long started = System.nanoTime();
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofMinutes(2), "64m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			return work.apply(driver, started);
		}
	}

	/** What {@link #inFolder} runs against an open folder. */
	@FunctionalInterface
	private interface FolderWork<T> {

		T apply(Driver driver, long started);

	}

	/** Imports a file as {@code warmpath import KIND FILE} does, into an open folder. */
	private static ImportReport importWith(Driver driver, String kind, Path file) {
		return ImportCommand.importFile(CrashHarness.imports(driver, 5000), kind, file, ImportMode.STRICT, null,
				ImportProgress.NONE);
	}

}
