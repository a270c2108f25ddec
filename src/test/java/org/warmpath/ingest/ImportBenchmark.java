package org.warmpath.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.warmpath.cli.RateProgress;
import org.warmpath.cypher.Cypher;
import org.warmpath.people.Grades;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.people.People;
import org.warmpath.projection.ChangeLog;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.schema.SchemaMigrations;

/**
 * Import throughput on a fresh embedded database.
 *
 * <p>
 * {@code --sizes 20000,100000 [--mean-degree 20] [--no-online] [--no-open] [--demo-only
 * [--repeat N]]} (people per size; {@code --no-open} skips opening the bulk-loaded store,
 * for A/B runs of the load alone): the bulk path ({@link BulkLoad}, Neo4j's offline
 * importer into an absent store) against the online import of the same generated network,
 * rows/s of each and their ratio (see {@link #compare}); also the demo's direct bulk path
 * ({@link BulkLoad#loadDemo}: ties straight from the generator) against generating the
 * CSV and converting it.
 *
 * <p>
 * Without {@code --sizes} (connection counts as arguments): generates a demo network with
 * about the requested number of connections, imports people, connections and mentoring,
 * then re-imports the connections (all unchanged), printing rows/s.
 * {@code -DmeanDegree=D} asks the generator for mean degree D ({@code D / 2} connections
 * per person; default 0: the generator's natural density, about 10.7, as the figures
 * recorded before issue 13); {@code -Dwriters=N} sets
 * {@code warmpath.ingest.connection-writers}; {@code -DbatchSize=N}
 * {@code warmpath.ingest.batch-size}.
 *
 * <p>
 * Not a unit test (excluded from surefire). Run after {@code mvn test-compile}:
 * {@code java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) org.warmpath.ingest.ImportBenchmark 100000 1000000}
 * where {@code cp.txt} comes from
 * {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> list = List.of(args);
		int at = list.indexOf("--sizes");
		if (at >= 0) {
			double meanDegree = Double.parseDouble(option(list, "--mean-degree", "20"));
			boolean online = !list.contains("--no-online");
			boolean open = !list.contains("--no-open");
			for (String size : list.get(at + 1).split(",")) {
				int people = Integer.parseInt(size.strip().replace("_", ""));
				if (list.contains("--demo-only")) {
					demoOnly(people, meanDegree, Integer.parseInt(option(list, "--repeat", "1")));
				}
				else {
					compare(people, meanDegree, online, open);
				}
			}
			return;
		}
		long[] sizes = (args.length == 0) ? new long[] { 100_000, 1_000_000 } : new long[args.length];
		for (int i = 0; i < args.length; i++) {
			sizes[i] = Long.parseLong(args[i].replace("_", ""));
		}
		for (long connections : sizes) {
			run(connections);
		}
	}

	private static String option(List<String> args, String name, String otherwise) {
		int at = args.indexOf(name);
		return (at >= 0 && at + 1 < args.size()) ? args.get(at + 1) : otherwise;
	}

	/**
	 * One size of {@code --sizes}: the same generated network (seed 42) bulk-loaded into
	 * a store that does not exist yet ({@link BulkLoad}, then the store opened and the
	 * schema migrations applied: the time until the demo is ready), and imported online
	 * through {@link Imports} into another fresh store; rows/s of each and their ratio.
	 * CPU seconds of the whole JVM are printed next to wall time, since on a loaded
	 * machine wall time says little.
	 */
	/**
	 * Opens a bulk-loaded store and applies the schema migrations, step by step (each as
	 * written) or by the net plan, then the grade ladder step's check (its reads, unless
	 * the store says its ladder is current).
	 * @return seconds to start the DBMS, to migrate, and for the grade ladder step
	 */
	private static double[] openStore(Path home, boolean stepByStep) {
		long started = System.nanoTime();
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(10), "1g");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			long migrating = System.nanoTime();
			if (stepByStep) {
				SchemaMigrations.stepByStep(driver, Integer.MAX_VALUE);
			}
			else {
				new SchemaMigrations(driver);
			}
			long ladder = System.nanoTime();
			boolean current = !stepByStep && Cypher.read(driver, "people/grade-ladder-version", Map.of())
				.stream()
				.anyMatch(r -> !r.get("version").isNull() && r.get("version").asInt() == Grades.VERSION);
			if (!current) {
				String after = "";
				while (true) {
					List<org.neo4j.driver.Record> batch = Cypher.read(driver, "people/grade-ladder-batch",
							Map.of("after", after, "limit", 5_000));
					if (batch.isEmpty()) {
						break;
					}
					after = batch.get(batch.size() - 1).get("id").asString();
				}
			}
			long done = System.nanoTime();
			return new double[] { (migrating - started) / 1e9, (ladder - migrating) / 1e9, (done - ladder) / 1e9 };
		}
	}

	static void compare(int people, double meanDegree, boolean online, boolean open) throws Exception {
		Path work = Files.createTempDirectory("warmpath-benchmark-");
		try {
			long started = System.nanoTime();
			DemoNetwork network = new DemoNetworkGenerator().withMeanDegree(meanDegree)
				.generate(people, 42, work.resolve("csv"));
			double generateSeconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT,
					"%n== %,d people, %,d connections (mean degree %.1f), %,d mentoring (generated in %.1f s)%n",
					network.people(), network.ties(), network.meanDegree(), network.mentoringRelations(),
					generateSeconds);
			Path csv = work.resolve("csv");
			long wall = System.nanoTime();
			long cpu = cpuNanos();
			BulkLoad.Report bulk = BulkLoad.load(work.resolve("bulk"), csv.resolve("people.csv"),
					csv.resolve("connections.csv"), csv.resolve("mentoring.csv"), ImportMode.TOLERANT, TieSource.DEMO);
			double bulkSeconds = (System.nanoTime() - wall) / 1e9;
			double bulkCpu = (cpuNanos() - cpu) / 1e9;
			System.out.printf(Locale.ROOT,
					"bulk load              %,10d rows %8.1f s %,10.0f rows/s  (convert %.1f s, importer %.1f s; "
							+ "%.1f CPU s = %,.0f rows per CPU s; rejected %,d)%n",
					bulk.rows(), bulkSeconds, bulk.rows() / bulkSeconds, bulk.convertMillis() / 1e3,
					bulk.importMillis() / 1e3, bulkCpu, bulk.rows() / bulkCpu, bulk.rejected());
			long directWall = System.nanoTime();
			long directCpu = cpuNanos();
			BulkLoad.Report direct = BulkLoad.loadDemo(work.resolve("direct"),
					new DemoNetworkGenerator().withMeanDegree(meanDegree), people, 42);
			double directSeconds = (System.nanoTime() - directWall) / 1e9;
			double directCpuSeconds = (cpuNanos() - directCpu) / 1e9;
			System.out.printf(Locale.ROOT,
					"demo bulk load, direct %,10d rows %8.1f s %,10.0f rows/s  (generate + convert %.1f s, importer "
							+ "%.1f s; %.1f CPU s = %,.0f rows per CPU s); CSV path generate + convert %.1f s: %.1fx%n",
					direct.rows(), directSeconds, direct.rows() / directSeconds, direct.convertMillis() / 1e3,
					direct.importMillis() / 1e3, directCpuSeconds, direct.rows() / directCpuSeconds,
					generateSeconds + bulk.convertMillis() / 1e3,
					(generateSeconds + bulk.convertMillis() / 1e3) / (direct.convertMillis() / 1e3));
			// issue 13's definition: people + ties loaded, wall time from the start to a
			// store ready to open
			System.out.printf(Locale.ROOT, "demo bulk load, people + ties %,d rows: %,.0f rows/s, %,.0f per CPU s%n",
					direct.people() + direct.ties(), (direct.people() + direct.ties()) / directSeconds,
					(direct.people() + direct.ties()) / directCpuSeconds);
			if (!open) {
				DemoLoader.deleteRecursively(work.resolve("direct"));
				return;
			}
			// A/B of the start-up steps on the two equal bulk-loaded stores: each
			// migration
			// as written, one run per version (as before the net plan), on the direct
			// store; the net plan on the CSV path's store, first and second in turn
			boolean stepFirst = !Boolean.getBoolean("netFirst");
			double[] step = stepFirst ? openStore(work.resolve("direct"), true) : null;
			double[] net = openStore(work.resolve("bulk"), false);
			if (!stepFirst) {
				step = openStore(work.resolve("direct"), true);
			}
			DemoLoader.deleteRecursively(work.resolve("direct"));
			System.out.printf(Locale.ROOT,
					"store open: start %.1f / %.1f s, migrations %.1f / %.1f s (%.1fx), grade ladder %.1f / %.1f s "
							+ "(step by step / net plan, %s first)%n",
					step[0], net[0], step[1], net[1], step[1] / net[1], step[2], net[2], stepFirst ? "step" : "net");
			System.out.printf(Locale.ROOT,
					"bulk-loaded store open with constraints in %.1f s; demo ready %.1f s after generation%n",
					net[0] + net[1] + net[2], bulkSeconds + net[0] + net[1] + net[2]);
			if (!online) {
				return;
			}
			try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("online"), 0, Duration.ofMinutes(10), "1g");
					Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
				new SchemaMigrations(driver);
				IngestProperties defaults = IngestProperties.defaults();
				IngestProperties properties = new IngestProperties(defaults.batchSize(), defaults.maxErrors(),
						defaults.linkedinStrength(), Integer.getInteger("writers", defaults.connectionWriters()),
						Integer.getInteger("peopleWriters", defaults.peopleWriters()));
				Imports imports = new Imports(driver, properties, event -> {
				}, people(db, driver, new ChangeLog()));
				long onlineCpu = cpuNanos();
				ImportReport persons = imports.importPeople(csv.resolve("people.csv"), ImportMode.TOLERANT,
						ImportProgress.NONE);
				print("online people.csv", persons);
				ImportReport ties = imports.importConnections(csv.resolve("connections.csv"), ImportMode.TOLERANT,
						TieSource.DEMO, ImportProgress.NONE);
				print("online connections.csv", ties);
				ImportReport mentoring = imports.importMentoring(csv.resolve("mentoring.csv"), ImportMode.TOLERANT,
						ImportProgress.NONE);
				print("online mentoring.csv", mentoring);
				long rows = persons.rows() + ties.rows() + mentoring.rows();
				double seconds = (persons.millis() + ties.millis() + mentoring.millis()) / 1e3;
				double cpuSeconds = (cpuNanos() - onlineCpu) / 1e9;
				System.out.printf(Locale.ROOT,
						"online all three       %,10d rows %8.1f s %,10.0f rows/s  (%.1f CPU s = %,.0f rows per CPU s)%n",
						rows, seconds, rows / seconds, cpuSeconds, rows / cpuSeconds);
				System.out.printf(Locale.ROOT, "bulk / online: %.1fx rows/s (wall), %.1fx rows per CPU s%n",
						(bulk.rows() / bulkSeconds) / (rows / seconds), (bulk.rows() / bulkCpu) / (rows / cpuSeconds));
			}
		}
		finally {
			DemoLoader.deleteRecursively(work);
		}
	}

	/**
	 * {@code --demo-only [--repeat N]}: the demo's bulk load alone
	 * ({@link BulkLoad#loadDemo}, generation included), N times in one JVM (the first
	 * pays class loading and JIT), with wall time, process CPU seconds and issue 13's
	 * rows/s (people + ties loaded per second of wall time from the start to a store
	 * ready to open); for profiles and A/B runs of the load alone.
	 */
	static void demoOnly(int people, double meanDegree, int repeat) throws Exception {
		for (int run = 1; run <= repeat; run++) {
			Path work = Files.createTempDirectory("warmpath-benchmark-");
			try {
				long wall = System.nanoTime();
				long cpu = cpuNanos();
				BulkLoad.Report report = BulkLoad.loadDemo(work.resolve("direct"),
						new DemoNetworkGenerator().withMeanDegree(meanDegree), people, 42);
				double seconds = (System.nanoTime() - wall) / 1e9;
				double cpuSeconds = (cpuNanos() - cpu) / 1e9;
				long rows = report.people() + report.ties();
				System.out.printf(Locale.ROOT,
						"demo bulk load run %d: %,d people + %,d ties in %.1f s (generate + convert %.1f s, importer "
								+ "%.1f s): %,.0f rows/s; %.1f CPU s = %,.0f rows per CPU s%n",
						run, report.people(), report.ties(), seconds, report.convertMillis() / 1e3,
						report.importMillis() / 1e3, rows / seconds, cpuSeconds, rows / cpuSeconds);
			}
			finally {
				DemoLoader.deleteRecursively(work);
			}
		}
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	static void run(long connections) throws Exception {
		Path work = Files.createTempDirectory("warmpath-benchmark-");
		try {
			double meanDegree = Double.parseDouble(System.getProperty("meanDegree", "0"));
			DemoNetworkGenerator generator = new DemoNetworkGenerator().withMeanDegree(meanDegree);
			int people = (int) Math.max(DemoNetworkGenerator.MIN_PEOPLE,
					connections / Math.max(5, (long) (meanDegree / 2)));
			long started = System.nanoTime();
			DemoNetwork network = generator.generate(people, 42, work.resolve("csv"));
			if (network.ties() < connections * 9 / 10) {
				people = (int) Math.min(DemoNetworkGenerator.MAX_PEOPLE, (long) people * connections / network.ties());
				network = generator.generate(people, 42, work.resolve("csv"));
			}
			System.out.printf(Locale.ROOT,
					"%n== %,d people, %,d connections (mean degree %.1f), %,d mentoring (generated in %.1f s)%n",
					network.people(), network.ties(), network.meanDegree(), network.mentoringRelations(),
					(System.nanoTime() - started) / 1e9);
			try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), 0, Duration.ofMinutes(10), "1g");
					Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
				new SchemaMigrations(driver);
				ChangeLog changes = new ChangeLog();
				IngestProperties defaults = IngestProperties.defaults();
				IngestProperties properties = new IngestProperties(
						Integer.getInteger("batchSize", defaults.batchSize()), defaults.maxErrors(),
						defaults.linkedinStrength(), Integer.getInteger("writers", defaults.connectionWriters()),
						Integer.getInteger("peopleWriters", defaults.peopleWriters()));
				System.out.printf(Locale.ROOT, "connection writers: %d, people writers: %d, batch size: %d%n",
						properties.connectionWriters(), properties.peopleWriters(), properties.batchSize());
				Imports imports = new Imports(driver, properties, event -> {
				}, people(db, driver, changes));
				Path csv = work.resolve("csv");
				RateProgress progress = new RateProgress(new PrintWriter(System.out, true));
				long cpu = cpuNanos();
				print("people.csv", imports.importPeople(csv.resolve("people.csv"), ImportMode.STRICT, progress), cpu);
				cpu = cpuNanos();
				print("connections.csv", imports.importConnections(csv.resolve("connections.csv"), ImportMode.STRICT,
						TieSource.DEMO, progress), cpu);
				cpu = cpuNanos();
				print("mentoring.csv",
						imports.importMentoring(csv.resolve("mentoring.csv"), ImportMode.STRICT, progress), cpu);
				cpu = cpuNanos();
				print("connections.csv again", imports.importConnections(csv.resolve("connections.csv"),
						ImportMode.STRICT, TieSource.DEMO, progress), cpu);
				cpu = cpuNanos();
				print("people.csv again", imports.importPeople(csv.resolve("people.csv"), ImportMode.STRICT, progress),
						cpu);
			}
		}
		finally {
			DemoLoader.deleteRecursively(work);
		}
	}

	private static void print(String what, ImportReport report) {
		double seconds = Math.max(1, report.millis()) / 1000.0;
		System.out.printf(Locale.ROOT,
				"%-22s %,10d rows %8.1f s %,10.0f rows/s  created %,d updated %,d unchanged %,d rejected %,d%n", what,
				report.rows(), seconds, report.rows() / seconds, report.created(), report.updated(), report.unchanged(),
				report.rejected());
	}

	/**
	 * As {@link #print(String, ImportReport)}, with the process CPU the import took since
	 * {@code cpuBefore} (on a loaded machine rows per CPU second say more than rows per
	 * wall second).
	 */
	private static void print(String what, ImportReport report, long cpuBefore) {
		double cpu = (cpuNanos() - cpuBefore) / 1e9;
		print(what, report);
		System.out.printf(Locale.ROOT, "%-22s %,10.1f CPU s %,10.0f rows per CPU s%n", "", cpu,
				report.rows() / Math.max(cpu, 1e-3));
	}

	/**
	 * The people write path as the app has it: writes through the embedded database's own
	 * transactions, or through Bolt with {@code -DboltWrites=true} (to compare).
	 */
	private static People people(EmbeddedNeo4j db, Driver driver, ChangeLog changes) {
		boolean bolt = Boolean.getBoolean("boltWrites");
		System.out.printf(Locale.ROOT, "writes: %s%n", bolt ? "through Bolt" : "embedded transactions");
		return bolt ? new People(driver, changes) : new People(driver, db.writes(), db.reads(), changes);
	}

}
