package org.warmpath.ingest.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the generator and reports peak heap; not a test (surefire excludes it). Run with,
 * for example:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.warmpath.ingest.demo.DemoNetworkBenchmark 1000000 /tmp/demo-1m 7 20
 * </pre> The fourth argument is the mean degree
 * ({@link DemoNetworkGenerator#withMeanDegree}): 20 by default, as the demo loader uses;
 * 0 for the generator's natural density (about 10.7), which the figures in
 * docs/benchmarks.md before issue 13 used.
 */
public final class DemoNetworkBenchmark {

	private DemoNetworkBenchmark() {
	}

	/**
	 * Generates one network.
	 * @param args people (default 100000), target directory (default a temporary one),
	 * seed (default 7), mean degree (default 20)
	 * @throws Exception if writing fails
	 */
	public static void main(String[] args) throws Exception {
		int people = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Path dir = (args.length > 1) ? Path.of(args[1]) : Files.createTempDirectory("warmpath-demo");
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 7L;
		double meanDegree = (args.length > 3) ? Double.parseDouble(args[3]) : DemoNetworkGenerator.DEFAULT_MEAN_DEGREE;
		long start = System.nanoTime();
		DemoNetwork network = new DemoNetworkGenerator().withMeanDegree(meanDegree).generate(people, seed, dir);
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("%s%nmean degree %.2f (asked %.0f), %.2f s, peak heap %d MiB (max %d MiB), files in %s%n",
				network, network.meanDegree(), meanDegree, seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
				dir);
	}

}
