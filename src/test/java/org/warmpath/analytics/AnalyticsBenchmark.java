package org.warmpath.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.warmpath.graph.KnowsGraph;
import org.warmpath.graph.PathFinder;
import org.warmpath.graph.SearchLimits;

/**
 * Measures the analytics targets and prints one line per figure (for
 * docs/benchmarks.md): exact betweenness of ego-Facebook on two threads (and NetworkX on
 * the same graph, same run, unless {@code --no-networkx}), Louvain at 100k people, reach
 * from one person at 1M people.
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -Xmx3g -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     org.warmpath.analytics.AnalyticsBenchmark [--no-networkx]
 * </pre>
 */
public final class AnalyticsBenchmark {

	private AnalyticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean networkx = !Arrays.asList(args).contains("--no-networkx");
		Path fb = GraphFiles.DATA.resolve("snap/ego-Facebook.txt");
		if (Files.isReadable(fb)) {
			egoFacebook(fb, networkx);
		}
		else {
			System.out.println("ego-Facebook not found at " + fb + ": skipped");
		}
		louvain(100_000, 10, 1);
		reach(1_000_000, 10, 200);
	}

	static void egoFacebook(Path fb, boolean networkx) throws Exception {
		GraphFiles.Loaded g = GraphFiles.snap(fb);
		AnalysisGraph a = g.graph();
		System.out.printf("ego-Facebook: %d people, %d ties%n", a.vertexCount(), a.edgeCount());
		long t = System.nanoTime();
		long triangles = Clustering.triangles(a);
		double clustering = Clustering.average(a);
		System.out.printf("  triangles %d (SNAP 1,612,010), average clustering %.4f (SNAP 0.6055) in %.2f s%n",
				triangles, clustering, (System.nanoTime() - t) / 1e9);
		t = System.nanoTime();
		Traversal.DistanceEstimate d = Traversal.distances(a, Integer.MAX_VALUE, 1);
		System.out.printf("  diameter %d (SNAP 8), average distance %.3f, exact, in %.2f s%n", d.diameter(),
				d.averageDistance(), (System.nanoTime() - t) / 1e9);
		Betweenness.compute(a, Betweenness.sampleSources(a, 200, 1), 2, true, Progress.NONE); // warm-up
		for (int threads : new int[] { 2, 1 }) {
			t = System.nanoTime();
			double[] bc = Betweenness.compute(a, Betweenness.allSources(a), threads, true, Progress.NONE);
			int top = 0;
			for (int v = 1; v < bc.length; v++) {
				if (bc[v] > bc[top]) {
					top = v;
				}
			}
			System.out.printf("  exact betweenness, %d thread(s): %.2f s (target <= 20 s on 2); top %d = %.6f%n",
					threads, (System.nanoTime() - t) / 1e9, g.ids()[top], bc[top]);
		}
		if (networkx) {
			t = System.nanoTime();
			Process p = new ProcessBuilder("python3", "bench/analytics/networkx_betweenness.py", fb.toString())
				.redirectErrorStream(true)
				.start();
			String out = new String(p.getInputStream().readAllBytes()).trim();
			p.waitFor();
			System.out.printf("  NetworkX (same run): %s (wall %.1f s)%n", out, (System.nanoTime() - t) / 1e9);
		}
	}

	/** Planted-partition graph: communities of 50, 80% of ties inside. */
	static void louvain(int n, int degree, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		AnalysisGraph.Builder b = AnalysisGraph.builder(n, false);
		for (int u = 0; u < n; u++) {
			for (int k = 0; k < degree / 2; k++) {
				int v = (r.nextDouble() < 0.8) ? (u / 50) * 50 + r.nextInt(50) : r.nextInt(n);
				b.add(u, Math.min(v, n - 1), 0.1 + 0.9 * r.nextDouble());
			}
		}
		AnalysisGraph g = b.build();
		Louvain.communities(g, true, Progress.NONE); // warm-up
		long t = System.nanoTime();
		Louvain.Result res = Louvain.communities(g, true, Progress.NONE);
		System.out.printf("Louvain, %d people, %d ties: %.2f s (target <= 10 s), %d communities, Q = %.4f%n", n,
				g.edgeCount(), (System.nanoTime() - t) / 1e9, res.count(), res.modularity());
	}

	/** Reach within 4 hops from random people of a 1M-person random graph. */
	static void reach(int n, int degree, int queries) {
		SplittableRandom r = new SplittableRandom(7);
		KnowsGraph.Builder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, r.nextDouble() < 0.8);
		}
		for (int u = 0; u < n; u++) {
			for (int k = 0; k < degree / 2; k++) {
				// mostly local ties (a ring lattice with shortcuts), like a professional
				// network
				int v = (r.nextDouble() < 0.9) ? (u + 1 + r.nextInt(200)) % n : r.nextInt(n);
				b.addTie(u, v, 0.1 + 0.9 * r.nextDouble());
			}
		}
		KnowsGraph g = b.build();
		PathFinder finder = new PathFinder(g);
		int[] specialty = new int[n];
		boolean[] mentor = new boolean[n];
		for (int i = 0; i < n; i++) {
			specialty[i] = r.nextInt(40);
			mentor[i] = r.nextDouble() < 0.05;
		}
		long[] times = new long[queries];
		long reached = 0;
		for (int q = -20; q < queries; q++) {
			int source = r.nextInt(n);
			long t = System.nanoTime();
			int[][] levels = finder.reachByHops(source, SearchLimits.of(4, Duration.ofSeconds(10)));
			int[] bySpecialty = new int[40];
			int mentors = 0;
			for (int[] level : levels) {
				for (int p : level) {
					bySpecialty[specialty[p]]++;
					if (mentor[p]) {
						mentors++;
					}
				}
				reached += (q >= 0) ? level.length : 0;
			}
			if (q >= 0) {
				times[q] = System.nanoTime() - t;
			}
		}
		Arrays.sort(times);
		System.out.printf(
				"Reach (4 hops, split by specialty), %d people, %d ties: p50 %.1f ms, p90 %.1f ms "
						+ "(target p50 <= 200 ms), mean %d people reached%n",
				n, g.tieCount(), times[queries / 2] / 1e6, times[(int) (queries * 0.9)] / 1e6, reached / queries);
	}

}
