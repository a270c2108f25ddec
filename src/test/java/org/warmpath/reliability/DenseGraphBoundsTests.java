package org.warmpath.reliability;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.paths.GraphPath;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.SearchLimits;
import org.warmpath.paths.SearchTimeoutException;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph engine's kernels under the largest bounds a request may ask for (maxHops 6, k
 * 10, both modes) on dense graphs built here: a random graph of 3,000 people with about
 * 300 ties each, a near-complete cluster, equal strengths everywhere (every path ties
 * with many others), and a pair with no path within 6 hops (the search must exhaust its
 * hop cap). Each query either answers within the default time budget (2 s) or throws
 * {@link SearchTimeoutException} (the API's 503), and none allocates more than a bounded
 * amount; the measured times go to the log ({@code FIGURE} lines).
 */
class DenseGraphBoundsTests {

	private static final Logger log = LoggerFactory.getLogger(DenseGraphBoundsTests.class);

	private static final Duration BUDGET = Duration.ofSeconds(2);

	@Test
	void largestBoundQueriesOnDenseGraphsFinishWithinTheBudgetOrTimeOut() {
		SplittableRandom random = new SplittableRandom(7);
		check("random n=3000 deg~300", randomGraph(3000, 150, random, false), 0, 2999);
		check("random n=3000 deg~300 equal strengths", randomGraph(3000, 150, random, true), 0, 2999);
		check("near-complete n=800 (90% of pairs)", nearComplete(800, 0.9, random), 0, 799);
		// a ring where each person knows the 150 nearest on each side: 0 and 1500 are 10
		// hops apart, so a 6-hop search finds nothing and must scan everything in reach
		KnowsGraph ring = circulant(3000, 150, random);
		check("circulant n=3000 deg=300, 5 hops apart", ring, 0, 700);
		check("circulant n=3000 deg=300, no path within 6", ring, 0, 1500);
	}

	@Test
	void aSearchThatCannotFinishInItsBudgetStopsNearItWithTheTimeoutException() {
		KnowsGraph graph = randomGraph(3000, 150, new SplittableRandom(11), false);
		PathFinder finder = new PathFinder(graph);
		for (PathMode mode : PathMode.values()) {
			long t0 = System.nanoTime();
			// warm-up excluded: a budget that the first, cold query cannot meet either
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> finder.paths(mode, 0, 2999, PathFinder.MAX_K,
						SearchLimits.of(SearchLimits.MAX_HOPS, Duration.ofNanos(50_000))))
				.isInstanceOf(SearchTimeoutException.class);
			double took = (System.nanoTime() - t0) / 1e6;
			assertThat(took).as("stops within a second of a 50 us budget").isLessThan(1_000);
			log.info("FIGURE kernel {} with a 50 us budget: SearchTimeoutException after {} ms", mode, took);
		}
	}

	private void check(String name, KnowsGraph graph, int source, int target) {
		PathFinder finder = new PathFinder(graph);
		for (PathMode mode : PathMode.values()) {
			List<Double> ms = new ArrayList<>();
			List<String> outcomes = new ArrayList<>();
			long maxAllocated = 0;
			for (int run = 0; run < 3; run++) {
				long a0 = allocatedBytes();
				long t0 = System.nanoTime();
				String outcome;
				try {
					List<GraphPath> paths = finder.paths(mode, source, target, PathFinder.MAX_K,
							SearchLimits.of(SearchLimits.MAX_HOPS, BUDGET));
					outcome = paths.size() + " paths";
					for (GraphPath p : paths) {
						assertThat(p.hops()).isBetween(1, SearchLimits.MAX_HOPS);
						assertThat(p.nodes()[0]).isEqualTo(source);
						assertThat(p.nodes()[p.hops()]).isEqualTo(target);
					}
				}
				catch (SearchTimeoutException ex) {
					outcome = "time budget exceeded";
				}
				double took = (System.nanoTime() - t0) / 1e6;
				long allocated = allocatedBytes() - a0;
				maxAllocated = Math.max(maxAllocated, allocated);
				ms.add(took);
				outcomes.add(outcome);
				// the budget is checked every couple of thousand tie scans: a generous
				// bound that proves the search cannot run on
				assertThat(took).as("%s %s stops near its 2 s budget", name, mode).isLessThan(10_000);
			}
			// allocation per query is bounded by the graph (labels, heap), not by the
			// number of paths: well under 1 GB even here
			assertThat(maxAllocated).as("%s %s bytes allocated", name, mode).isLessThan(1L << 30);
			log.info(
					"FIGURE kernel {} ({} ties) maxHops=6 k=10 {}: {}; median {} ms (runs {}), at most {} MiB allocated",
					name, graph.tieCount(), mode, outcomes, ExternalServerFaultTests.median(ms), ms,
					maxAllocated >> 20);
		}
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
			.getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	private static KnowsGraph randomGraph(int n, int tiesPerPerson, SplittableRandom random, boolean equal) {
		KnowsGraphBuilder b = people(n);
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < n; i++) {
			for (int t = 0; t < tiesPerPerson; t++) {
				int j = random.nextInt(n);
				if (j != i && seen.add(key(i, j))) {
					b.addTie(i, j, equal ? 0.5 : strength(random));
				}
			}
		}
		return b.build();
	}

	private static KnowsGraph nearComplete(int n, double density, SplittableRandom random) {
		KnowsGraphBuilder b = people(n);
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (random.nextDouble() < density) {
					b.addTie(i, j, strength(random));
				}
			}
		}
		return b.build();
	}

	private static KnowsGraph circulant(int n, int reach, SplittableRandom random) {
		KnowsGraphBuilder b = people(n);
		for (int i = 0; i < n; i++) {
			for (int d = 1; d <= reach; d++) {
				b.addTie(i, (i + d) % n, strength(random));
			}
		}
		return b.build();
	}

	private static KnowsGraphBuilder people(int n) {
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, true);
		}
		return b;
	}

	private static double strength(SplittableRandom random) {
		return 0.05 + 0.95 * random.nextDouble();
	}

	private static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

}
