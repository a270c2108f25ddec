package org.warmpath.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.warmpath.cli.Main;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.schema.SchemaMigrations;

/**
 * kill -9 in the middle of a million-connection import (issue 7, "Crash"), rerunnable:
 * generates the demo network (200,000 people give 1,070,342 connections), imports the
 * people into a base folder and copies it twice; runs {@code warmpath import connections}
 * (the jar's own main, {@link Main}, in a child JVM) on the first copy and kills it with
 * SIGKILL when its progress says {@code --kill-at} of the rows are written; reopens the
 * folder (recovery, migrations, counts); re-runs the same import to its end; imports the
 * same file cleanly into the second copy; and compares the two folders by counts and
 * content hash ({@link CrashHarness#CONNECTIONS_CRASH} says what is left out).
 *
 * <p>
 * Not a unit test (excluded from surefire; {@link CrashImportTests} is the small one).
 * Run after {@code ./mvnw -q test-compile} and
 * {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -Xmx3g -cp target/test-classes:target/classes:$(cat cp.txt) org.warmpath.ingest.CrashBenchmark [--people 200000] [--kill-at 0.4] [--work DIR]}.
 * Exit code 0 when the graphs are equal, 1 otherwise.
 */
public final class CrashBenchmark {

	private static final Pattern WRITING = Pattern.compile("^\\s*writing\\s+([\\d,]+) rows");

	private static final Pattern DONE = Pattern.compile("^Done: .*");

	private CrashBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int people = 200_000;
		double killAt = 0.4;
		Path work = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--people" -> people = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
				case "--kill-at" -> killAt = Double.parseDouble(args[++i]);
				case "--work" -> work = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		if (work == null) {
			work = Files.createTempDirectory("warmpath-crash-");
		}
		boolean equal;
		try {
			equal = run(people, killAt, work);
		}
		finally {
			DemoLoader.deleteRecursively(work);
		}
		System.exit(equal ? 0 : 1);
	}

	static boolean run(int peopleCount, double killAt, Path work) throws Exception {
		System.out.printf(Locale.ROOT, "Crash benchmark %s, %d cores, work in %s%n", Instant.now(),
				Runtime.getRuntime().availableProcessors(), work);
		long t = System.nanoTime();
		Path net = work.resolve("net");
		DemoNetwork network = new DemoNetworkGenerator().generate(peopleCount, 42, net);
		Path people = net.resolve(DemoNetworkGenerator.PEOPLE_FILE);
		Path connections = net.resolve(DemoNetworkGenerator.CONNECTIONS_FILE);
		long total = network.ties();
		row("generate", "%,d people, %,d connections (seed 42)", seconds(t), network.people(), total);

		t = System.nanoTime();
		Path base = work.resolve("base");
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(base, 0, Duration.ofMinutes(10), "1g");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			new SchemaMigrations(driver);
			ImportReport report = CrashHarness.imports(driver, 5000)
				.importPeople(people, ImportMode.STRICT, ImportProgress.NONE);
			row("import people into the base folder", "%,d created", seconds(t), report.created());
		}
		t = System.nanoTime();
		Path crashed = work.resolve("crashed");
		Path clean = work.resolve("clean");
		CrashHarness.copy(base, crashed);
		CrashHarness.copy(base, clean);
		DemoLoader.deleteRecursively(base);
		row("copy the stopped base folder twice", "", seconds(t));

		long killRows = (long) (total * killAt);
		t = System.nanoTime();
		Process child = CrashHarness.startSized(crashed, 5000, "1g", "2g", Main.class.getName(), "import",
				"connections", connections.toString());
		CrashHarness.Killed killed = CrashHarness.killWhen(child, CrashBenchmark::writtenRows, rows -> rows >= killRows,
				line -> System.out.println("    [child] " + line));
		row("`warmpath import connections` in a child JVM, SIGKILL", "at the progress line '%,d rows written'",
				seconds(t), killed.rowsSeen());

		CrashHarness.Restart restart = CrashHarness.restart(crashed, "1g");
		row("restart the crashed folder (open, recover, migrations, counts)",
				"%,d people, %,d ties (%.1f%% of the file, %,d whole batches), %d migrations, recovery ran: %s",
				restart.millis() / 1000.0, restart.people(), restart.ties(), 100.0 * restart.ties() / total,
				restart.ties() / 5000, restart.migrations(), restart.recovered());

		t = System.nanoTime();
		String[] done = { "" };
		int exit = CrashHarness.finish(CrashHarness.startSized(crashed, 5000, "1g", "2g", Main.class.getName(),
				"import", "connections", connections.toString()), line -> {
					System.out.println("    [rerun] " + line);
					if (DONE.matcher(line).matches()) {
						done[0] = line;
					}
				});
		row("re-run the same import (child JVM, to its end)", "exit %d; %s", seconds(t), exit, done[0]);

		t = System.nanoTime();
		String[] cleanDone = { "" };
		int cleanExit = CrashHarness.finish(CrashHarness.startSized(clean, 5000, "1g", "2g", Main.class.getName(),
				"import", "connections", connections.toString()), line -> {
					System.out.println("    [clean] " + line);
					if (DONE.matcher(line).matches()) {
						cleanDone[0] = line;
					}
				});
		row("clean import of the same file into the other copy", "exit %d; %s", seconds(t), cleanExit, cleanDone[0]);

		t = System.nanoTime();
		CrashHarness.State a = CrashHarness.state(crashed, CrashHarness.CONNECTIONS_CRASH, "1g");
		row("state after crash and re-run", "%,d people, %,d ties, %,d nodes, %,d relationships, sha256:%s", seconds(t),
				a.people(), a.ties(), a.nodes(), a.relationships(), a.hash());
		t = System.nanoTime();
		CrashHarness.State b = CrashHarness.state(clean, CrashHarness.CONNECTIONS_CRASH, "1g");
		row("state after the clean import", "%,d people, %,d ties, %,d nodes, %,d relationships, sha256:%s", seconds(t),
				b.people(), b.ties(), b.nodes(), b.relationships(), b.hash());
		boolean equal = a.equals(b) && a.ties() == total && exit == 0 && cleanExit == 0;
		System.out.println(equal ? "EQUAL: the re-run graph equals the clean import (counts and content hash)"
				: "DIFFERENT: " + a + " vs " + b);
		return equal;
	}

	private static long writtenRows(String line) {
		Matcher m = WRITING.matcher(line);
		return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : -1;
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static void row(String step, String format, double seconds, Object... values) {
		System.out.printf(Locale.ROOT, "| %s | %.1f s | %s |%n", step, seconds,
				String.format(Locale.ROOT, format, values));
	}

}
