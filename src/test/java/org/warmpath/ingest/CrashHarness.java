package org.warmpath.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.warmpath.people.People;
import org.warmpath.projection.ChangeLog;
import org.warmpath.backup.GraphBackup;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.schema.SchemaMigrations;

/**
 * The moving parts of the crash test and benchmark: a child JVM that imports into an
 * embedded data folder and is killed with SIGKILL when its output says far enough, a
 * restart that proves the folder opens consistent, and the comparison of two folders by
 * counts and content hash.
 */
final class CrashHarness {

	/**
	 * What the comparison leaves out, and why: {@code Account} nodes are written by the
	 * app's start (the admin account, its bcrypt hash salted at random), not by an
	 * import, and only the crashed folder was started as the app; so is the
	 * {@code GradeLadder} node (which grade ladder the stored seniority follows, written
	 * by the start's {@code GradeLadderMigration}); {@code KNOWS.createdAt} is the time a
	 * tie was first written, which differs between two imports of the same file by
	 * construction. Nothing else: the import keeps no bookkeeping nodes (no file
	 * fingerprint or import record), and people were imported once and the folder copied,
	 * so their timestamps are equal.
	 */
	static final GraphBackup.Exclusions CONNECTIONS_CRASH = new GraphBackup.Exclusions(Set.of("Account", "GradeLadder"),
			Set.of("KNOWS.createdAt"));

	/**
	 * As {@link #CONNECTIONS_CRASH} for a crash during the people import into an empty
	 * folder, where each person's {@code createdAt} and {@code updatedAt} are the time it
	 * was written and each schema migration's {@code appliedAt} the time the folder was
	 * first opened.
	 */
	static final GraphBackup.Exclusions PEOPLE_CRASH = new GraphBackup.Exclusions(Set.of("Account", "GradeLadder"),
			Set.of("KNOWS.createdAt", "Person.createdAt", "Person.updatedAt", "__WarmPathMigration.appliedAt"));

	private CrashHarness() {
	}

	/** The state of a folder: counts by kind and the content hash. */
	record State(long people, long ties, long nodes, long relationships, String hash) {
	}

	/** What a restart of a crashed folder found. */
	record Restart(long millis, long people, long ties, int migrations, boolean recovered) {
	}

	/** How a killed child ended. */
	record Killed(long millisToKill, long rowsSeen, List<String> output) {
	}

	/**
	 * A JVM on this JVM's class path, for the embedded folder {@code dataDir}, with its
	 * output merged.
	 */
	static Process start(Path dataDir, int batchSize, String mainClass, String... args) throws IOException {
		// a short-lived child that mostly boots the app and imports a few thousand rows:
		// the C1 compiler alone and the serial collector start it seconds sooner on a
		// small machine, and change nothing about where it is killed
		return startSized(dataDir, batchSize, "256m", "1g", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
				mainClass, args);
	}

	/**
	 * As {@link #start(Path, int, String, String...)} with a page cache and heap size.
	 */
	static Process startSized(Path dataDir, int batchSize, String pageCache, String heap, String mainClass,
			String... args) throws IOException {
		return startSized(dataDir, batchSize, pageCache, heap, List.of("-XX:+UseParallelGC"), mainClass, args);
	}

	private static Process startSized(Path dataDir, int batchSize, String pageCache, String heap,
			List<String> jvmOptions, String mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass);
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(k -> k.startsWith("WARMPATH_"));
		env.put("WARMPATH_DATA_DIR", dataDir.toAbsolutePath().toString());
		env.put("WARMPATH_IMPORT_BATCH", Integer.toString(batchSize));
		env.put("WARMPATH_PAGE_CACHE", pageCache);
		env.put("WARMPATH_ADMIN_PASSWORD", "crash-test-password");
		return builder.start();
	}

	/**
	 * Reads the child's output until {@code killAt} accepts a line, then kills it with
	 * SIGKILL ({@link Process#destroyForcibly()} on Linux) and waits for it to be gone.
	 * @param rows parses the rows written so far from a progress line, or -1
	 * @return when it was killed and what it printed; fails if the child ended first
	 */
	static Killed killWhen(Process child, java.util.function.ToLongFunction<String> rows, Predicate<Long> killAt,
			Consumer<String> echo) throws Exception {
		long started = System.nanoTime();
		List<String> output = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				output.add(line);
				echo.accept(line);
				long seen = rows.applyAsLong(line);
				if (seen >= 0 && killAt.test(seen)) {
					child.destroyForcibly();
					long millis = (System.nanoTime() - started) / 1_000_000;
					if (!child.waitFor(30, TimeUnit.SECONDS)) {
						throw new IllegalStateException("child did not die");
					}
					return new Killed(millis, seen, output);
				}
			}
		}
		child.waitFor(30, TimeUnit.SECONDS);
		throw new IllegalStateException("the child ended (exit " + child.exitValue() + ") before the kill point:\n"
				+ String.join("\n", output));
	}

	/** Reads a child to its end. */
	static int finish(Process child, Consumer<String> echo) throws Exception {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				echo.accept(line);
			}
		}
		return child.waitFor();
	}

	/**
	 * Opens a folder as the app would after a crash: the embedded database (recovering
	 * its transaction log), the schema migrations (checked against their checksums), and
	 * a count of people and ties.
	 */
	static Restart restart(Path dataDir) {
		return restart(dataDir, "512m");
	}

	/** As {@link #restart(Path)} with a page cache size. */
	static Restart restart(Path dataDir, String pageCache) {
		long started = System.nanoTime();
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofMinutes(10), pageCache);
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			return restart(driver, dataDir, started);
		}
	}

	/**
	 * As {@link #restart(Path)} on a folder the caller has just opened (at
	 * {@code started}, from {@link System#nanoTime()}) and keeps open for what comes
	 * next.
	 */
	static Restart restart(Driver driver, Path dataDir, long started) {
		SchemaMigrations migrations = new SchemaMigrations(driver);
		Record counts = counts(driver);
		long millis = (System.nanoTime() - started) / 1_000_000;
		long recorded = driver.executableQuery("MATCH (m:__WarmPathMigration) RETURN count(m) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		if (recorded != migrations.migrations().size()) {
			throw new IllegalStateException(
					"migrations recorded " + recorded + ", expected " + migrations.migrations().size());
		}
		return new Restart(millis, counts.get("people").asLong(), counts.get("ties").asLong(), (int) recorded,
				recovered(dataDir));
	}

	/** Whether the folder's debug log says a recovery of the transaction log ran. */
	static boolean recovered(Path dataDir) {
		Path log = dataDir.resolve("logs").resolve("debug.log");
		if (!Files.exists(log)) {
			return false;
		}
		try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
			return lines.anyMatch(l -> l.contains("Recovery completed") || l.contains("recovery completed"));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/** Counts and content hash of a stopped folder, leaving out {@code exclusions}. */
	static State state(Path dataDir, GraphBackup.Exclusions exclusions) {
		return state(dataDir, exclusions, "512m");
	}

	/** As {@link #state(Path, GraphBackup.Exclusions)} with a page cache size. */
	static State state(Path dataDir, GraphBackup.Exclusions exclusions, String pageCache) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofMinutes(30), pageCache);
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			return state(driver, exclusions);
		}
	}

	/**
	 * As {@link #state(Path, GraphBackup.Exclusions)} through an open folder's driver.
	 */
	static State state(Driver driver, GraphBackup.Exclusions exclusions) {
		Record counts = counts(driver);
		GraphBackup.Summary summary = new GraphBackup(driver).summary(exclusions);
		return new State(counts.get("people").asLong(), counts.get("ties").asLong(), summary.nodes(),
				summary.relationships(), summary.hash());
	}

	/** People and ties imported into a folder in this JVM (no app start). */
	static Imports imports(Driver driver, int batchSize) {
		ChangeLog changes = new ChangeLog();
		return new Imports(driver, new IngestProperties(batchSize, 1000, 0.3, 2, 2), event -> {
		}, new People(driver, changes));
	}

	private static Record counts(Driver driver) {
		return driver
			.executableQuery("CALL () { MATCH (p:Person) RETURN count(p) AS people } "
					+ "CALL () { MATCH ()-[k:KNOWS]->() RETURN count(k) AS ties } RETURN people, ties")
			.execute()
			.records()
			.get(0);
	}

	/** Copies a stopped data folder. */
	static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

}
