package org.warmpath.paths;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntUnaryOperator;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.warmpath.projection.JGraphTViews;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

/**
 * Latency and footprint of the graph engine on a generated network (not a unit test; run
 * its main). Args: people (default 100000), ties per person (default 10), queries
 * (default 1000), then {@code --likeliest} to time the likeliest mode too.
 */
public final class GraphEngineBenchmark {

	private GraphEngineBenchmark() {
	}

	public static void main(String[] args) {
		int n = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int perPerson = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		int queries = (args.length > 2) ? Integer.parseInt(args[2]) : 1000;
		Random rnd = new Random(42);

		long t0 = System.nanoTime();
		KnowsGraphBuilder builder = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			builder.addPerson("person-" + i, rnd.nextDouble() < 0.8);
		}
		int[] ends = generateTies(n, perPerson, rnd);
		long t1 = System.nanoTime();
		for (int i = 0; i < ends.length; i += 2) {
			builder.addTie("person-" + ends[i], "person-" + ends[i + 1], 1.0 - rnd.nextDouble());
		}
		long t2 = System.nanoTime();
		KnowsGraph g = builder.build();
		long t3 = System.nanoTime();
		System.out.printf(Locale.ROOT, "people %,d  ties %,d (raw %,d)%n", g.nodeCount(), g.tieCount(),
				ends.length / 2);
		System.out.printf(Locale.ROOT,
				"generate+addPerson %.0f ms, addTie by id %.0f ms, build() %.0f ms (%.3f s per million ties)%n",
				ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), (t3 - t2) / 1e9 / (g.tieCount() / 1e6));
		System.out.printf(Locale.ROOT, "memoryBytes %.1f MiB (%.1f MiB per million ties)%n",
				g.memoryBytes() / 1048576.0, g.memoryBytes() / 1048576.0 / (g.tieCount() / 1e6));

		PathFinder finder = new PathFinder(g);
		int[] src = new int[queries];
		int[] dst = new int[queries];
		for (int i = 0; i < queries; i++) {
			src[i] = rnd.nextInt(n);
			do {
				dst[i] = rnd.nextInt(n);
			}
			while (dst[i] == src[i]);
		}
		Duration budget = Duration.ofSeconds(10);
		int[] targets300 = new int[300];
		Arrays.setAll(targets300, (i) -> rnd.nextInt(n));

		bench("warmest k=1 maxHops 4", queries,
				(i) -> hops(finder.paths(PathMode.WARMEST, src[i], dst[i], 1, SearchLimits.of(4, budget))));
		bench("warmest k=1 maxHops 6", queries,
				(i) -> hops(finder.paths(PathMode.WARMEST, src[i], dst[i], 1, SearchLimits.of(6, budget))));
		bench("warmest k=3 maxHops 4", queries,
				(i) -> hops(finder.paths(PathMode.WARMEST, src[i], dst[i], 3, SearchLimits.of(4, budget))));
		if (args.length > 3 && args[3].equals("--likeliest")) {
			// node weights as RouteWeights copies them: the prior for most, learned for a
			// few
			double[] weights = new double[g.capacity()];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = (rnd.nextInt(10) == 0) ? -Math.log(0.1 + 0.8 * rnd.nextDouble()) : -Math.log(0.5);
			}
			bench("likeliest k=1 maxHops 4", queries, (i) -> hops(
					finder.paths(PathMode.LIKELIEST, src[i], dst[i], 1, SearchLimits.of(4, budget), weights)));
			bench("likeliest k=3 maxHops 4", queries, (i) -> hops(
					finder.paths(PathMode.LIKELIEST, src[i], dst[i], 3, SearchLimits.of(4, budget), weights)));
		}
		bench("fewest  k=1 maxHops 6", queries,
				(i) -> hops(finder.paths(PathMode.FEWEST, src[i], dst[i], 1, SearchLimits.of(6, budget))));
		bench("fewest  k=3 maxHops 4", queries,
				(i) -> hops(finder.paths(PathMode.FEWEST, src[i], dst[i], 3, SearchLimits.of(4, budget))));
		bench("commonNeighbours (random pairs)", queries, (i) -> g.commonNeighbours(src[i], dst[i]).length);
		int[] twoHop = new int[queries];
		for (int i = 0; i < queries; i++) {
			int[] nb = g.neighbours(src[i]);
			int[] nb2 = (nb.length > 0) ? g.neighbours(nb[rnd.nextInt(nb.length)]) : new int[0];
			twoHop[i] = (nb2.length > 0) ? nb2[rnd.nextInt(nb2.length)] : dst[i];
		}
		bench("commonNeighbours (pairs two hops apart)", queries, (i) -> g.commonNeighbours(src[i], twoHop[i]).length);
		bench("warmestCosts 300 targets maxHops 4", Math.min(queries, 200),
				(i) -> (int) Arrays.stream(finder.warmestCosts(src[i], targets300, SearchLimits.of(4, budget)))
					.filter(Double::isFinite)
					.count());
		bench("reachByHops maxHops 3", Math.min(queries, 200),
				(i) -> Arrays.stream(finder.reachByHops(src[i], SearchLimits.of(3, budget)))
					.mapToInt((l) -> l.length)
					.sum());

		long t4 = System.nanoTime();
		Graph<Integer, DefaultWeightedEdge> jg = JGraphTViews.toJGraphT(g);
		System.out.printf(Locale.ROOT, "toJGraphT %.0f ms%n", ms(System.nanoTime() - t4));
		BidirectionalDijkstraShortestPath<Integer, DefaultWeightedEdge> bidi = new BidirectionalDijkstraShortestPath<>(
				jg);
		bench("JGraphT BidirectionalDijkstra uncapped", Math.min(queries, 300), (i) -> {
			var p = bidi.getPath(src[i], dst[i]);
			return (p != null) ? p.getLength() : -1;
		});
	}

	private static int[] generateTies(int n, int perPerson, Random rnd) {
		// preferential attachment (an endpoint of a random existing tie), triadic closure
		// (a
		// recent partner of the previous pick) and a little uniform noise, over a seed
		// clique
		int cap = n * perPerson;
		int[] ends = new int[2 * cap];
		int[] recent = new int[4 * n];
		int[] recentCount = new int[n];
		int m = 0;
		int seed = Math.min(n, perPerson + 1);
		for (int i = 0; i < seed; i++) {
			for (int j = i + 1; j < seed && m < cap; j++) {
				m = tie(ends, m, i, j, recent, recentCount, rnd);
			}
		}
		for (int v = seed; v < n && m < cap; v++) {
			int prev = -1;
			for (int k = 0; k < perPerson && m < cap; k++) {
				int u;
				double roll = rnd.nextDouble();
				if (prev >= 0 && roll < 0.3 && recentCount[prev] > 0) {
					u = recent[4 * prev + rnd.nextInt(Math.min(4, recentCount[prev]))];
				}
				else if (roll < 0.85) {
					u = ends[rnd.nextInt(2 * m)];
				}
				else {
					u = rnd.nextInt(v);
				}
				if (u == v) {
					u = rnd.nextInt(v);
				}
				m = tie(ends, m, v, u, recent, recentCount, rnd);
				prev = u;
			}
		}
		return Arrays.copyOf(ends, 2 * m);
	}

	private static int tie(int[] ends, int m, int a, int b, int[] recent, int[] recentCount, Random rnd) {
		ends[2 * m] = a;
		ends[2 * m + 1] = b;
		recent[4 * a + (recentCount[a]++ & 3)] = b;
		recent[4 * b + (recentCount[b]++ & 3)] = a;
		return m + 1;
	}

	private static int hops(List<GraphPath> paths) {
		return paths.isEmpty() ? -1 : paths.get(0).hops();
	}

	private static void bench(String name, int count, IntUnaryOperator query) {
		for (int i = 0; i < count; i++) {
			query.applyAsInt(i); // warm-up
		}
		long[] all = new long[count];
		long[] answered = new long[count];
		int found = 0;
		long sizeSum = 0;
		for (int i = 0; i < count; i++) {
			long t = System.nanoTime();
			int r = query.applyAsInt(i);
			all[i] = System.nanoTime() - t;
			if (r >= 0) {
				answered[found++] = all[i];
				sizeSum += r;
			}
		}
		Arrays.sort(all);
		Arrays.sort(answered, 0, found);
		System.out.printf(Locale.ROOT,
				"%-44s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms | answered %4d/%d: p50 %7.3f ms p99 %7.3f ms, mean size %.2f%n",
				name, ms(all[count / 2]), ms(all[(int) (count * 0.99)]), ms(all[count - 1]), found, count,
				(found > 0) ? ms(answered[found / 2]) : 0.0, (found > 0) ? ms(answered[(int) (found * 0.99)]) : 0.0,
				(found > 0) ? (double) sizeSum / found : 0.0);
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
