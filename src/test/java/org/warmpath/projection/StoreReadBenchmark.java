package org.warmpath.projection;

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
 * How long the projection's whole-store read takes at start-up: bulk-loads the demo
 * network (seed 42, mean degree 20) into a new store, opens it and times
 * {@link Projection#loadInProcess} a few times (the first cold, the later with the page
 * cache and JIT warm). Not a test.
 *
 * <p>
 * {@code java -Xmx6g -XX:+UseParallelGC -cp $CP org.warmpath.projection.StoreReadBenchmark 100000 3 [store folder] [threads]}
 * (threads 0 or absent: as the app chooses; each read prints the projection's digest,
 * which must not depend on the threads).
 */
public final class StoreReadBenchmark {

	private StoreReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int people = (args.length > 0) ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		// a third argument keeps the store in that folder, and reuses it when it is there
		boolean keep = args.length > 2;
		int threads = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
		Path work = keep ? Path.of(args[2]) : Files.createTempDirectory("warmpath-store-read-");
		if (!Files.isDirectory(work.resolve("db"))) {
			long started = System.nanoTime();
			BulkLoad.Report bulk = BulkLoad.loadDemo(work.resolve("db"), new DemoNetworkGenerator(), people, 42);
			System.out.printf(Locale.ROOT, "bulk-loaded %,d rows in %.1f s%n", bulk.rows(),
					(System.nanoTime() - started) / 1e9);
		}
		ThreadMXBean cpuTimes = ManagementFactory.getThreadMXBean();
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), 0, Duration.ofMinutes(10), "1g")) {
			for (int i = 0; i < rounds; i++) {
				long t = System.nanoTime();
				long cpu = cpuTimes.getCurrentThreadCpuTime();
				long processCpu = processCpuNanos();
				Projection.Loaded loaded = Projection.loadInProcess(db.database(), threads);
				System.out.printf(Locale.ROOT,
						"projection read %d: %,d people, %,d ties in %.2f s (%.2f CPU s this thread, %.2f CPU s the process), digest %s%n",
						i + 1, loaded.graph().nodeCount(), loaded.graph().tieCount(), (System.nanoTime() - t) / 1e9,
						(cpuTimes.getCurrentThreadCpuTime() - cpu) / 1e9, (processCpuNanos() - processCpu) / 1e9,
						ProjectionDigest.of(loaded.graph()).digest());
			}
		}
		finally {
			if (!keep) {
				deleteAll(work);
			}
		}
	}

	/** CPU time of the whole process (every thread, the GC's and the JIT's too). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static void deleteAll(Path work) throws java.io.IOException {
		{
			try (var files = Files.walk(work)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
