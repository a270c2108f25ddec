package org.warmpath.mentorsearch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.BulkLoad;
import org.warmpath.ingest.demo.DemoNetworkGenerator;

/**
 * How long the mentor catalogue's whole-store read takes at start-up: bulk-loads the demo
 * network (seed 42) into a store kept in the given folder (or reuses it), opens it and
 * times {@link MentorCatalogue#readInProcess} plus the table built from it a few times
 * (the first cold, the later warm). Not a test.
 *
 * <p>
 * {@code java -Xmx6g -XX:+UseParallelGC -cp $CP org.warmpath.mentorsearch.CatalogueReadBenchmark 100000 3 /tmp/store100k}
 */
public final class CatalogueReadBenchmark {

	private CatalogueReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int people = (args.length > 0) ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Path work = (args.length > 2) ? Path.of(args[2]) : Files.createTempDirectory("warmpath-catalogue-read-");
		if (!Files.isDirectory(work.resolve("db"))) {
			BulkLoad.loadDemo(work.resolve("db"), new DemoNetworkGenerator(), people, 42);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), 0, Duration.ofMinutes(10), "1g")) {
			for (int i = 0; i < rounds; i++) {
				long t = System.nanoTime();
				long cpu = threads.getCurrentThreadCpuTime();
				MentorCatalogue.Table table = MentorCatalogue.tableInProcess(db.database());
				System.out.printf(Locale.ROOT,
						"catalogue read %d: %,d people, %,d with capacity left in %.2f s (%.2f CPU s)%n", i + 1,
						table.size, table.available.length, (System.nanoTime() - t) / 1e9,
						(threads.getCurrentThreadCpuTime() - cpu) / 1e9);
			}
		}
	}

}
