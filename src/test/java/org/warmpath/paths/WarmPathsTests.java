package org.warmpath.paths;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.JGraphTViews;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WarmPathsTests {

	/**
	 * Builds a graph from "a-b:0.5" tokens; people are created on first mention, open
	 * unless their id is listed in {@code closed}.
	 */
	static KnowsGraph graph(String ties, String... closed) {
		Set<String> shut = Set.of(closed);
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (String c : closed) {
			b.addPerson(c, false);
		}
		for (String tok : ties.trim().split("\\s+")) {
			String[] pair = tok.split(":");
			String[] ends = pair[0].split("-");
			for (String e : ends) {
				b.addPerson(e, !shut.contains(e));
			}
			b.addTie(ends[0], ends[1], Double.parseDouble(pair[1]));
		}
		return b.build();
	}

	static SearchLimits hops(int maxHops) {
		return SearchLimits.of(maxHops, Duration.ofSeconds(10));
	}

	static List<String> ids(KnowsGraph g, GraphPath p) {
		return java.util.Arrays.stream(p.nodes()).mapToObj(g::id).toList();
	}

	static List<String> warmest(KnowsGraph g, String from, String to, SearchLimits limits) {
		return new PathFinder(g).warmest(g.indexOf(from), g.indexOf(to), limits)
			.map((p) -> ids(g, p))
			.orElse(List.of());
	}

	static List<String> fewest(KnowsGraph g, String from, String to, SearchLimits limits) {
		return new PathFinder(g).fewest(g.indexOf(from), g.indexOf(to), limits).map((p) -> ids(g, p)).orElse(List.of());
	}

	@Test
	void prefersTwoStrongTiesOverOneWeakTie() {
		KnowsGraph g = graph("a-b:0.1 a-c:0.9 c-b:0.9");
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "c", "b");
		assertThat(fewest(g, "a", "b", hops(4))).containsExactly("a", "b");
		GraphPath p = new PathFinder(g).warmest(g.indexOf("a"), g.indexOf("b"), hops(4)).orElseThrow();
		assertThat(p.warmth()).isCloseTo(0.81, within(1e-6));
		assertThat(p.hops()).isEqualTo(2);
		assertThat(p.edges()).containsExactly(g.tieBetween(g.indexOf("a"), g.indexOf("c")),
				g.tieBetween(g.indexOf("c"), g.indexOf("b")));
	}

	@Test
	void neverPassesThroughSomeoneWhoWithdrewConsent() {
		KnowsGraph g = graph("a-c:0.9 c-b:0.9 a-d:0.7 d-e:0.7 e-b:0.7");
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "c", "b");
		g.setOpen(g.indexOf("c"), false);
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "d", "e", "b");
		assertThat(fewest(g, "a", "b", hops(4))).containsExactly("a", "d", "e", "b");
		g.setOpen(g.indexOf("c"), true);
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "c", "b");
	}

	@Test
	void endpointsNeedNotBeOpen() {
		KnowsGraph g = graph("a-c:0.9 c-b:0.9", "a", "b");
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "c", "b");
		assertThat(fewest(g, "b", "a", hops(4))).containsExactly("b", "c", "a");
		KnowsGraph shut = graph("a-c:0.9 c-b:0.9", "c");
		assertThat(warmest(shut, "a", "b", hops(4))).isEmpty();
		assertThat(warmest(shut, "a", "c", hops(4))).containsExactly("a", "c");
	}

	@Test
	void avoidedPeopleNeverStandInTheMiddle() {
		KnowsGraph g = graph("a-c:0.9 c-b:0.9 a-d:0.7 d-e:0.7 e-b:0.7");
		SearchLimits avoidC = hops(4).withAvoid(g.indexOf("c"));
		assertThat(warmest(g, "a", "b", avoidC)).containsExactly("a", "d", "e", "b");
		assertThat(fewest(g, "a", "b", avoidC)).containsExactly("a", "d", "e", "b");
		assertThat(warmest(g, "a", "c", avoidC)).containsExactly("a", "c");
	}

	@Test
	void respectsHopCapEvenWhenTheWarmestPathIsLonger() {
		KnowsGraph g = graph("a-p1:0.99 p1-p2:0.99 p2-p3:0.99 p3-p4:0.99 p4-p5:0.99 p5-b:0.99 "
				+ "a-x:0.5 x-b:0.5 a-y:0.8 y-z:0.8 z-b:0.8");
		assertThat(warmest(g, "a", "b", hops(6))).containsExactly("a", "p1", "p2", "p3", "p4", "p5", "b");
		assertThat(warmest(g, "a", "b", hops(5))).containsExactly("a", "y", "z", "b");
		assertThat(warmest(g, "a", "b", hops(3))).containsExactly("a", "y", "z", "b");
		assertThat(warmest(g, "a", "b", hops(2))).containsExactly("a", "x", "b");
		assertThat(warmest(g, "a", "b", hops(1))).isEmpty();
	}

	@Test
	void removedTieIsNeverUsed() {
		KnowsGraph g = graph("a-c:0.9 c-b:0.9 a-d:0.7 d-b:0.7");
		assertThat(g.removeTie(g.indexOf("c"), g.indexOf("b"))).isTrue();
		assertThat(g.removeTie(g.indexOf("b"), g.indexOf("c"))).isFalse();
		assertThat(g.tieCount()).isEqualTo(3);
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "d", "b");
		assertThat(g.strength(g.indexOf("c"), g.indexOf("b"))).isZero();
		assertThat(g.neighbours(g.indexOf("b"))).containsExactly(g.indexOf("d"));
	}

	@Test
	void removedPersonIsNeitherEndpointNorIntermediary() {
		KnowsGraph g = graph("a-c:0.9 c-b:0.9 a-d:0.7 d-b:0.7");
		g.removePerson(g.indexOf("c"));
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "d", "b");
		assertThat(warmest(g, "a", "c", hops(4))).isEmpty();
		assertThat(g.commonNeighbours(g.indexOf("a"), g.indexOf("b"))).containsExactly(g.indexOf("d"));
	}

	@Test
	void noPathGivesEmptyList() {
		KnowsGraph g = graph("a-b:0.9 c-d:0.9");
		PathFinder finder = new PathFinder(g);
		assertThat(finder.paths(PathMode.WARMEST, g.indexOf("a"), g.indexOf("d"), 3, hops(6))).isEmpty();
		assertThat(finder.paths(PathMode.FEWEST, g.indexOf("a"), g.indexOf("d"), 3, hops(6))).isEmpty();
		assertThat(finder.paths(PathMode.WARMEST, g.indexOf("a"), g.indexOf("a"), 3, hops(6))).isEmpty();
		assertThat(finder.warmest(g.indexOf("a"), g.indexOf("d"), hops(6))).isEmpty();
	}

	@Test
	void kAlternativesAreLooplessAndOrdered() {
		KnowsGraph g = graph("a-b:0.2 a-c:0.9 c-b:0.9 a-d:0.8 d-b:0.75 c-d:0.95 d-e:0.6 e-b:0.9 c-e:0.5");
		PathFinder finder = new PathFinder(g);
		int a = g.indexOf("a");
		int b = g.indexOf("b");
		List<GraphPath> paths = finder.paths(PathMode.WARMEST, a, b, 10, hops(4));
		assertThat(paths).hasSizeGreaterThan(5);
		assertThat(ids(g, paths.get(0))).containsExactly("a", "c", "b");
		assertThat(ids(g, paths.get(1))).containsExactly("a", "d", "c", "b");
		assertThat(ids(g, paths.get(2))).containsExactly("a", "c", "d", "b");
		Set<List<String>> distinct = new HashSet<>();
		for (int i = 0; i < paths.size(); i++) {
			GraphPath p = paths.get(i);
			assertThat(java.util.Arrays.stream(p.nodes()).distinct().count()).isEqualTo(p.nodes().length);
			assertThat(p.hops()).isLessThanOrEqualTo(4);
			assertThat(distinct.add(ids(g, p))).isTrue();
			if (i > 0) {
				assertThat(p.cost()).isGreaterThanOrEqualTo(paths.get(i - 1).cost());
			}
		}
		List<GraphPath> byHops = finder.paths(PathMode.FEWEST, a, b, 4, hops(4));
		assertThat(ids(g, byHops.get(0))).containsExactly("a", "b");
		assertThat(ids(g, byHops.get(1))).containsExactly("a", "c", "b");
		assertThat(ids(g, byHops.get(2))).containsExactly("a", "d", "b");
		assertThat(byHops.get(3).hops()).isEqualTo(3);
	}

	@Test
	void minStrengthExcludesWeakTies() {
		KnowsGraph g = graph("a-b:0.3 a-c:0.6 c-b:0.6 a-d:0.5 d-e:0.9 e-b:0.9");
		assertThat(fewest(g, "a", "b", hops(4))).containsExactly("a", "b");
		assertThat(fewest(g, "a", "b", hops(4).withMinStrength(0.3))).containsExactly("a", "b");
		assertThat(fewest(g, "a", "b", hops(4).withMinStrength(0.31))).containsExactly("a", "c", "b");
		assertThat(warmest(g, "a", "b", hops(4).withMinStrength(0.55))).containsExactly("a", "c", "b");
		assertThat(warmest(g, "a", "b", hops(4).withMinStrength(0.7))).isEmpty();
	}

	@Test
	void fewestModeBreaksHopTiesByCost() {
		KnowsGraph g = graph("a-c:0.5 c-b:0.5 a-d:0.9 d-b:0.9 a-e:0.7 e-b:0.95 a-x:1.0 x-y:1.0 y-b:1.0");
		assertThat(fewest(g, "a", "b", hops(4))).containsExactly("a", "d", "b");
		assertThat(warmest(g, "a", "b", hops(4))).containsExactly("a", "x", "y", "b");
	}

	@Test
	void zeroCostTiesDoNotMakeLoops() {
		KnowsGraph g = graph("a-x:1.0 x-y:1.0 y-z:1.0 z-x:1.0 y-b:1.0 x-b:0.999999");
		PathFinder finder = new PathFinder(g);
		GraphPath p = finder.warmest(g.indexOf("a"), g.indexOf("b"), hops(6)).orElseThrow();
		assertThat(ids(g, p)).containsExactly("a", "x", "y", "b");
		assertThat(p.cost()).isZero();
		List<GraphPath> all = finder.paths(PathMode.WARMEST, g.indexOf("a"), g.indexOf("b"), 10, hops(6));
		for (GraphPath q : all) {
			assertThat(java.util.Arrays.stream(q.nodes()).distinct().count()).isEqualTo(q.nodes().length);
		}
		assertThat(all).hasSize(3);
	}

	@Test
	void timeBudgetIsEnforced() {
		KnowsGraph g = randomGraph(20_000, 10, 7);
		PathFinder finder = new PathFinder(g);
		SearchLimits spent = new SearchLimits(6, 0.0, null, System.nanoTime() - 1);
		assertThatThrownBy(() -> finder.warmest(0, 1, spent)).isInstanceOf(SearchTimeoutException.class);
		SearchLimits tiny = new SearchLimits(6, 0.0, null, System.nanoTime() + 1_000);
		assertThatThrownBy(() -> finder.warmestFrom(0, tiny)).isInstanceOf(SearchTimeoutException.class);
		assertThat(finder.warmestFrom(0, hops(6)).size()).isPositive();
	}

	@Test
	void commonNeighboursAreMergedFromBothLists() {
		KnowsGraph g = graph("a-c:0.9 b-c:0.4 a-d:0.5 b-d:0.6 a-e:0.9 b-f:0.9 a-b:0.3");
		int a = g.indexOf("a");
		int b = g.indexOf("b");
		assertThat(g.commonNeighbours(a, b)).containsExactly(g.indexOf("c"), g.indexOf("d"));
		List<KnowsGraph.CommonNeighbour> ties = g.commonNeighbourTies(a, b);
		assertThat(ties.get(0).strengthToA()).isCloseTo(0.9, within(1e-6));
		assertThat(ties.get(0).strengthToB()).isCloseTo(0.4, within(1e-6));
		g.removeTie(b, g.indexOf("d"));
		assertThat(g.commonNeighbours(a, b)).containsExactly(g.indexOf("c"));
	}

	@Test
	void eachGraphHasOneSharedFinderAndEveryNewGraphItsOwn() {
		KnowsGraph g = graph("a-b:0.5 b-c:0.5");
		KnowsGraph rebuilt = graph("a-b:0.5 b-c:0.5");
		assertThat(PathFinder.of(g)).isSameAs(PathFinder.of(g));
		assertThat(PathFinder.of(g).graph()).isSameAs(g);
		assertThat(PathFinder.of(rebuilt)).isNotSameAs(PathFinder.of(g));
	}

	@Test
	void duplicateTiesKeepTheStrongest() {
		KnowsGraphBuilder b = KnowsGraph.builder();
		b.addPerson("a", true);
		b.addPerson("b", true);
		b.addTie("a", "b", 0.2).addTie("b", "a", 0.7).addTie("a", "b", 0.5).addTie("a", "a", 1.0);
		KnowsGraph g = b.build();
		assertThat(g.tieCount()).isEqualTo(1);
		assertThat(g.strength(0, 1)).isCloseTo(0.7, within(1e-6));
		assertThat(g.strength(1, 0)).isCloseTo(0.7, within(1e-6));
		assertThat(g.neighbours(0)).containsExactly(1);
	}

	@Test
	void idsRoundTripThroughTheCompactIndex() {
		KnowsGraphBuilder b = KnowsGraph.builder();
		String[] ids = { "p-1", "Zoë Ærø", "", "https://www.linkedin.com/in/x", "日本" };
		for (String id : ids) {
			b.addPerson(id, true);
		}
		KnowsGraph g = b.build();
		for (int i = 0; i < ids.length; i++) {
			assertThat(g.indexOf(ids[i])).isEqualTo(i);
			assertThat(g.id(i)).isEqualTo(ids[i]);
		}
		assertThat(g.indexOf("nobody")).isEqualTo(-1);
		assertThat(g.indexOf(null)).isEqualTo(-1);
	}

	@Test
	void tieIndicesMapBackToTheirEndpoints() {
		KnowsGraph g = randomGraph(500, 6, 3);
		for (int e = 0; e < g.tieCapacity(); e++) {
			int[] ends = g.tieEndpoints(e);
			assertThat(ends[0]).isLessThan(ends[1]);
			assertThat(g.tieBetween(ends[0], ends[1])).isEqualTo(e);
			assertThat(g.tieBetween(ends[1], ends[0])).isEqualTo(e);
			assertThat(g.edgeOf(g.slotOf(ends[1], ends[0]))).isEqualTo(e);
			assertThat(g.edgeOf(g.slotOf(ends[0], ends[1]))).isEqualTo(e);
			assertThat(g.tieCost(e)).isEqualTo(-Math.log(g.tieStrength(e)));
		}
		for (int v = 0; v < g.nodeCount(); v++) {
			int[] nb = g.neighbours(v);
			for (int i = 1; i < nb.length; i++) {
				assertThat(nb[i]).isGreaterThan(nb[i - 1]);
			}
		}
		assertThat(JGraphTViews.toJGraphT(g).edgeSet()).hasSize(g.tieCount());
		assertThat(JGraphTViews.toSparseJGraphT(g).edgeSet()).hasSize(g.tieCount());
		assertThat(g.memoryBytes()).isPositive();
	}

	@Test
	void singleSourceCostsAndReachHonourConsent() {
		KnowsGraph g = graph("s-a:0.9 a-b:0.9 s-c:0.5 c-d:0.9 b-e:0.9", "c");
		PathFinder finder = new PathFinder(g);
		int s = g.indexOf("s");
		double[] costs = finder.warmestCosts(s,
				new int[] { g.indexOf("b"), g.indexOf("c"), g.indexOf("d"), g.indexOf("e"), s }, hops(2));
		assertThat(costs[0]).isCloseTo(-2 * Math.log(0.9f), within(1e-9));
		assertThat(costs[1]).isCloseTo(-Math.log(0.5f), within(1e-9));
		assertThat(costs[2]).isInfinite();
		assertThat(costs[3]).isInfinite();
		assertThat(costs[4]).isZero();
		int[][] levels = finder.reachByHops(s, hops(3));
		assertThat(levels[0]).containsExactlyInAnyOrder(g.indexOf("a"), g.indexOf("c"));
		assertThat(levels[1]).containsExactly(g.indexOf("b"));
		assertThat(levels[2]).containsExactly(g.indexOf("e"));
		PathFinder.ReachCosts all = finder.warmestFrom(s, hops(3));
		assertThat(all.size()).isEqualTo(4);
	}

	@Test
	void projectionStaysUnderFortyMebibytesPerMillionTies() {
		KnowsGraph g = randomGraph(20_000, 20, 5);
		assertThat(g.memoryBytes()).isLessThan((long) (40 * 1048576.0 * g.tieCount() / 1e6));
	}

	@Test
	void searchesRunWhileConsentAndTiesChange() throws Exception {
		KnowsGraph g = randomGraph(5_000, 10, 11);
		PathFinder finder = new PathFinder(g);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<Integer>> readers = new java.util.ArrayList<>();
			for (int r = 0; r < 2; r++) {
				long seed = r;
				readers.add(pool.submit(() -> {
					Random rnd = new Random(seed);
					int found = 0;
					for (int i = 0; i < 300; i++) {
						int s = rnd.nextInt(g.nodeCount());
						int t = rnd.nextInt(g.nodeCount());
						PathMode mode = (i % 2 == 0) ? PathMode.WARMEST : PathMode.FEWEST;
						for (GraphPath p : finder.paths(mode, s, t, 3, hops(4))) {
							assertThat(java.util.Arrays.stream(p.nodes()).distinct().count())
								.isEqualTo(p.nodes().length);
							assertThat(p.hops()).isLessThanOrEqualTo(4);
							found++;
						}
					}
					return found;
				}));
			}
			java.util.concurrent.Future<?> writer = pool.submit(() -> {
				Random rnd = new Random(99);
				for (int i = 0; i < 2_000; i++) {
					int v = rnd.nextInt(g.nodeCount());
					g.setOpen(v, rnd.nextBoolean());
					int[] nb = g.neighbours(v);
					if (nb.length > 0 && rnd.nextInt(4) == 0) {
						g.removeTie(v, nb[rnd.nextInt(nb.length)]);
					}
				}
			});
			writer.get();
			for (var reader : readers) {
				assertThat(reader.get()).isPositive();
			}
		}
		finally {
			pool.shutdownNow();
		}
		long version = g.version();
		assertThat(version).isPositive();
	}

	/** Random graph with ~degree ties per person, 80% open, strengths in (0, 1]. */
	static KnowsGraph randomGraph(int n, int degree, long seed) {
		Random rnd = new Random(seed);
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, rnd.nextDouble() < 0.8);
		}
		for (int i = 0; i < n * degree / 2; i++) {
			b.addTie(rnd.nextInt(n), rnd.nextInt(n), 1.0 - rnd.nextDouble());
		}
		return b.build();
	}

}
