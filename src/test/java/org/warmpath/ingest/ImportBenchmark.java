package org.warmpath.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.warmpath.cli.RateProgress;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.people.People;
import org.warmpath.projection.ChangeLog;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.schema.SchemaMigrations;

/**
 * Import throughput on a fresh embedded database: generates a demo network with about the
 * requested number of connections, imports people, connections and mentoring, then
 * re-imports the connections (all unchanged), printing rows/s. {@code -DmeanDegree=D}
 * asks the generator for mean degree D ({@code D / 2} connections per person; default 0:
 * the generator's natural density, about 10.7, as the figures recorded before issue 13);
 * {@code -Dwriters=N} sets {@code warmpath.ingest.connection-writers}.
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
		long[] sizes = (args.length == 0) ? new long[] { 100_000, 1_000_000 } : new long[args.length];
		for (int i = 0; i < args.length; i++) {
			sizes[i] = Long.parseLong(args[i].replace("_", ""));
		}
		for (long connections : sizes) {
			run(connections);
		}
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
				IngestProperties properties = new IngestProperties(defaults.batchSize(), defaults.maxErrors(),
						defaults.linkedinStrength(), Integer.getInteger("writers", defaults.connectionWriters()));
				System.out.printf(Locale.ROOT, "connection writers: %d%n", properties.connectionWriters());
				Imports imports = new Imports(driver, properties, event -> {
				}, new People(driver, changes));
				Path csv = work.resolve("csv");
				RateProgress progress = new RateProgress(new PrintWriter(System.out, true));
				print("people.csv", imports.importPeople(csv.resolve("people.csv"), ImportMode.STRICT, progress));
				print("connections.csv", imports.importConnections(csv.resolve("connections.csv"), ImportMode.STRICT,
						TieSource.DEMO, progress));
				print("mentoring.csv",
						imports.importMentoring(csv.resolve("mentoring.csv"), ImportMode.STRICT, progress));
				print("connections.csv again", imports.importConnections(csv.resolve("connections.csv"),
						ImportMode.STRICT, TieSource.DEMO, progress));
				print("people.csv again", imports.importPeople(csv.resolve("people.csv"), ImportMode.STRICT, progress));
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

}
