package org.warmpath.paths;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The kernels against JGraphT and against brute force, on random graphs with closed
 * people, removed ties and people, avoided people, minimum strengths and zero-cost ties.
 */
class SearchKernelPropertyTests {

	private static final double EPS = 1e-9;

	// ------------------------------------------------------------------ properties

	@Property(tries = 150)
	void fewestHopCountEqualsBreadthFirstSearchOnTheConsentingSubgraph(@ForAll long seed,
			@ForAll @IntRange(min = 30, max = 200) int n, @ForAll @IntRange(min = 1, max = 6) int cap) {
		Random rnd = new Random(seed);
		KnowsGraph g = randomGraph(rnd, n, 2 + rnd.nextInt(5));
		Query q = randomQuery(rnd, g, cap);
		Graph<Integer, DefaultWeightedEdge> ref = consentingSubgraph(g, q);
		GraphPath<Integer, DefaultWeightedEdge> bfs = ref.containsVertex(q.s) && ref.containsVertex(q.t)
				? BFSShortestPath.findPathBetween(ref, q.s, q.t) : null;
		var ours = new PathFinder(g).fewest(q.s, q.t, q.limits);
		if (bfs == null || bfs.getLength() > cap) {
			assertThat(ours).isEmpty();
		}
		else {
			assertThat(ours).isPresent();
			assertValid(g, ours.get(), q);
			assertThat(ours.get().hops()).isEqualTo(bfs.getLength());
		}
	}

	@Property(tries = 150)
	void warmestCostEqualsDijkstraWhenTheCapDoesNotBind(@ForAll long seed,
			@ForAll @IntRange(min = 30, max = 200) int n) {
		Random rnd = new Random(seed);
		KnowsGraph g = randomGraph(rnd, n, 6 + rnd.nextInt(6));
		Query q = randomQuery(rnd, g, 6);
		Graph<Integer, DefaultWeightedEdge> ref = consentingSubgraph(g, q);
		GraphPath<Integer, DefaultWeightedEdge> dijkstra = ref.containsVertex(q.s) && ref.containsVertex(q.t)
				? DijkstraShortestPath.findPathBetween(ref, q.s, q.t) : null;
		var ours = new PathFinder(g).warmest(q.s, q.t, q.limits);
		if (dijkstra == null) {
			assertThat(ours).isEmpty();
			return;
		}
		GraphPath<Integer, DefaultWeightedEdge> bidi = new BidirectionalDijkstraShortestPath<>(ref).getPath(q.s, q.t);
		assertThat(bidi.getWeight()).isCloseTo(dijkstra.getWeight(), within(EPS));
		if (dijkstra.getLength() <= 6) {
			assertThat(ours).isPresent();
			assertThat(ours.get().cost()).isCloseTo(dijkstra.getWeight(), within(EPS));
		}
		if (ours.isPresent()) {
			assertValid(g, ours.get(), q);
			assertThat(ours.get().cost()).isGreaterThanOrEqualTo(dijkstra.getWeight() - EPS);
		}
	}

	@Property(tries = 120)
	void everyCapMatchesBruteForceEnumeration(@ForAll long seed, @ForAll @IntRange(min = 8, max = 14) int n) {
		Random rnd = new Random(seed);
		KnowsGraph g = randomGraph(rnd, n, 3 + rnd.nextInt(3));
		PathFinder finder = new PathFinder(g);
		for (int cap = 1; cap <= 6; cap++) {
			Query q = randomQuery(rnd, g, cap);
			List<Found> all = bruteForce(g, q);
			int k = 1 + rnd.nextInt(PathFinder.MAX_K);
			// warmest
			all.sort(Comparator.comparingDouble(Found::cost).thenComparingInt(Found::hops));
			List<org.warmpath.paths.GraphPath> warm = finder.paths(PathMode.WARMEST, q.s, q.t, k, q.limits);
			assertThat(warm).hasSize(Math.min(k, all.size()));
			for (int i = 0; i < warm.size(); i++) {
				assertValid(g, warm.get(i), q);
				assertThat(warm.get(i).cost()).as("warmest #%d cap %d", i, cap).isCloseTo(all.get(i).cost, within(EPS));
			}
			assertDistinct(warm);
			var one = finder.warmest(q.s, q.t, q.limits);
			assertThat(one.isPresent()).isEqualTo(!all.isEmpty());
			one.ifPresent((p) -> assertThat(p.cost()).isCloseTo(all.get(0).cost, within(EPS)));
			// fewest
			all.sort(Comparator.comparingInt(Found::hops).thenComparingDouble(Found::cost));
			List<org.warmpath.paths.GraphPath> few = finder.paths(PathMode.FEWEST, q.s, q.t, k, q.limits);
			assertThat(few).hasSize(Math.min(k, all.size()));
			for (int i = 0; i < few.size(); i++) {
				assertValid(g, few.get(i), q);
				assertThat(few.get(i).hops()).as("fewest #%d cap %d", i, cap).isEqualTo(all.get(i).hops);
				assertThat(few.get(i).cost()).as("fewest #%d cap %d", i, cap).isCloseTo(all.get(i).cost, within(EPS));
			}
			assertDistinct(few);
			// single source and reach
			double[] best = new double[g.nodeCount()];
			int[] fewestHops = new int[g.nodeCount()];
			bestFromSource(g, q, best, fewestHops);
			PathFinder.ReachCosts reach = finder.warmestFrom(q.s, q.limits);
			double[] got = new double[g.nodeCount()];
			Arrays.fill(got, Double.POSITIVE_INFINITY);
			for (int i = 0; i < reach.size(); i++) {
				got[reach.nodes()[i]] = reach.costs()[i];
			}
			int[] targets = new int[g.nodeCount()];
			Arrays.setAll(targets, (i) -> i);
			double[] aligned = finder.warmestCosts(q.s, targets, q.limits);
			int[][] levels = finder.reachByHops(q.s, q.limits);
			int[] level = new int[g.nodeCount()];
			for (int h = 0; h < levels.length; h++) {
				for (int v : levels[h]) {
					level[v] = h + 1;
				}
			}
			for (int v = 0; v < g.nodeCount(); v++) {
				if (v == q.s) {
					continue;
				}
				if (Double.isInfinite(best[v])) {
					assertThat(got[v]).isInfinite();
					assertThat(aligned[v]).isInfinite();
				}
				else {
					assertThat(got[v]).isCloseTo(best[v], within(EPS));
					assertThat(aligned[v]).isCloseTo(best[v], within(EPS));
				}
				assertThat(level[v]).as("reach level of %d", v).isEqualTo(fewestHops[v]);
			}
		}
	}

	@Property(tries = 120)
	void alternativesEqualJGraphTYenWhenTheCapDoesNotBind(@ForAll long seed, @ForAll @IntRange(min = 8, max = 14) int n,
			@ForAll @IntRange(min = 1, max = 10) int k) {
		Random rnd = new Random(seed);
		KnowsGraph g = randomGraph(rnd, n, 3 + rnd.nextInt(3));
		Query q = randomQuery(rnd, g, 6);
		Graph<Integer, DefaultWeightedEdge> ref = consentingSubgraph(g, q);
		if (!ref.containsVertex(q.s) || !ref.containsVertex(q.t)) {
			return;
		}
		List<GraphPath<Integer, DefaultWeightedEdge>> yen = new YenKShortestPath<>(ref).getPaths(q.s, q.t, k);
		if (yen.stream().anyMatch((p) -> p.getLength() > 6)) {
			return;
		}
		List<org.warmpath.paths.GraphPath> ours = new PathFinder(g).paths(PathMode.WARMEST, q.s, q.t, k, q.limits);
		assertThat(ours).hasSize(yen.size());
		for (int i = 0; i < ours.size(); i++) {
			assertThat(ours.get(i).cost()).isCloseTo(yen.get(i).getWeight(), within(EPS));
		}
	}

	/**
	 * On a graph too big for brute force, the bidirectional kernels must agree with the
	 * one-sided single-source kernels (a different algorithm: hop-bounded Bellman-Ford
	 * and plain BFS).
	 */
	@Test
	void bidirectionalKernelsAgreeWithSingleSourceKernelsOnALargerGraph() {
		Random rnd = new Random(2024);
		KnowsGraph g = WarmPathsTests.randomGraph(20_000, 12, 17);
		PathFinder finder = new PathFinder(g);
		for (int i = 0; i < 150; i++) {
			int cap = 2 + (i % 5);
			Query q = randomQuery(rnd, g, cap);
			double single = finder.warmestCosts(q.s, new int[] { q.t }, q.limits)[0];
			var warm = finder.warmest(q.s, q.t, q.limits);
			assertThat(warm.isPresent()).isEqualTo(Double.isFinite(single));
			int[][] levels = finder.reachByHops(q.s, q.limits);
			int level = 0;
			for (int h = 0; h < levels.length; h++) {
				for (int v : levels[h]) {
					if (v == q.t) {
						level = h + 1;
					}
				}
			}
			var few = finder.fewest(q.s, q.t, q.limits);
			assertThat(few.map(org.warmpath.paths.GraphPath::hops).orElse(0)).isEqualTo(level);
			if (warm.isPresent()) {
				assertValid(g, warm.get(), q);
				assertThat(warm.get().cost()).isCloseTo(single, within(EPS));
				List<org.warmpath.paths.GraphPath> three = finder.paths(PathMode.WARMEST, q.s, q.t, 3, q.limits);
				assertThat(three.get(0).cost()).isCloseTo(single, within(EPS));
				for (int j = 1; j < three.size(); j++) {
					assertValid(g, three.get(j), q);
					assertThat(three.get(j).cost()).isGreaterThanOrEqualTo(three.get(j - 1).cost() - EPS);
				}
				assertDistinct(three);
				assertValid(g, few.orElseThrow(), q);
				assertThat(few.get().cost()).isGreaterThanOrEqualTo(single - EPS);
			}
		}
	}

	// ------------------------------------------------------------------ generators

	record Query(int s, int t, SearchLimits limits) {
	}

	record Found(int[] nodes, double cost, int hops) {
	}

	static KnowsGraph randomGraph(Random rnd, int n, int degree) {
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, rnd.nextDouble() < 0.75);
		}
		int ties = n * degree / 2;
		for (int i = 0; i < ties; i++) {
			double roll = rnd.nextDouble();
			double strength = (roll < 0.08) ? 1.0 : (roll < 0.16) ? 0.5 : (1.0 - rnd.nextDouble());
			b.addTie(rnd.nextInt(n), rnd.nextInt(n), strength);
		}
		KnowsGraph g = b.build();
		for (int i = 0; i < g.tieCapacity() / 20; i++) {
			int[] ends = g.tieEndpoints(rnd.nextInt(g.tieCapacity()));
			g.removeTie(ends[0], ends[1]);
		}
		if (rnd.nextDouble() < 0.3) {
			g.removePerson(rnd.nextInt(n));
		}
		return g;
	}

	static Query randomQuery(Random rnd, KnowsGraph g, int cap) {
		int n = g.nodeCount();
		int s = rnd.nextInt(n);
		int t = (s + 1 + rnd.nextInt(n - 1)) % n;
		double minStrength = rnd.nextBoolean() ? 0.0 : rnd.nextDouble() * 0.4;
		int[] avoid = new int[rnd.nextInt(3)];
		for (int i = 0; i < avoid.length; i++) {
			avoid[i] = rnd.nextInt(n);
		}
		return new Query(s, t,
				new SearchLimits(cap, minStrength, avoid, System.nanoTime() + Duration.ofSeconds(30).toNanos()));
	}

	// ------------------------------------------------------------------ references

	static boolean intermediary(KnowsGraph g, Query q, int v) {
		return g.isOpen(v) && !g.isRemoved(v) && Arrays.stream(q.limits.avoid()).noneMatch((a) -> a == v);
	}

	static boolean usable(KnowsGraph g, Query q, int slot) {
		return !g.isDead(slot) && g.slotCost(slot) <= q.limits.maxCost();
	}

	/** People who may be on a path of this query and the usable ties between them. */
	static Graph<Integer, DefaultWeightedEdge> consentingSubgraph(KnowsGraph g, Query q) {
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> ref = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (int v = 0; v < g.nodeCount(); v++) {
			if (!g.isRemoved(v) && (v == q.s || v == q.t || intermediary(g, q, v))) {
				ref.addVertex(v);
			}
		}
		for (int u : ref.vertexSet()) {
			for (int slot = g.offsets()[u]; slot < g.offsets()[u + 1]; slot++) {
				int v = g.targets()[slot];
				if (u < v && ref.containsVertex(v) && usable(g, q, slot)) {
					ref.setEdgeWeight(ref.addEdge(u, v), g.slotCost(slot));
				}
			}
		}
		return ref;
	}

	/** Every loopless path of the query, by depth-first enumeration. */
	static List<Found> bruteForce(KnowsGraph g, Query q) {
		List<Found> out = new ArrayList<>();
		if (g.isRemoved(q.s) || g.isRemoved(q.t)) {
			return out;
		}
		int[] path = new int[8];
		path[0] = q.s;
		dfs(g, q, path, 0, 0.0, new boolean[g.nodeCount()], (p, c, h) -> {
			if (p[h] == q.t) {
				out.add(new Found(Arrays.copyOf(p, h + 1), c, h));
				return false;
			}
			return true;
		});
		return out;
	}

	interface Visit {

		/** Returns whether to extend the path beyond its last person. */
		boolean at(int[] path, double cost, int hops);

	}

	static void dfs(KnowsGraph g, Query q, int[] path, int hops, double cost, boolean[] on, Visit visit) {
		int u = path[hops];
		on[u] = true;
		if (hops < q.limits.maxHops()) {
			for (int slot = g.offsets()[u]; slot < g.offsets()[u + 1]; slot++) {
				int w = g.targets()[slot];
				if (on[w] || g.isRemoved(w) || !usable(g, q, slot)) {
					continue;
				}
				path[hops + 1] = w;
				double c = cost + g.slotCost(slot);
				if (visit.at(path, c, hops + 1) && intermediary(g, q, w)) {
					dfs(g, q, path, hops + 1, c, on, visit);
				}
			}
		}
		on[u] = false;
	}

	/**
	 * Brute-force best cost and fewest hops from the source to everyone (ignoring q.t).
	 */
	static void bestFromSource(KnowsGraph g, Query q, double[] best, int[] fewestHops) {
		Arrays.fill(best, Double.POSITIVE_INFINITY);
		Arrays.fill(fewestHops, 0);
		if (g.isRemoved(q.s)) {
			return;
		}
		int[] path = new int[8];
		path[0] = q.s;
		dfs(g, q, path, 0, 0.0, new boolean[g.nodeCount()], (p, c, h) -> {
			int v = p[h];
			best[v] = Math.min(best[v], c);
			if (fewestHops[v] == 0 || h < fewestHops[v]) {
				fewestHops[v] = h;
			}
			return true;
		});
	}

	static void assertValid(KnowsGraph g, org.warmpath.paths.GraphPath p, Query q) {
		int[] nodes = p.nodes();
		assertThat(nodes[0]).isEqualTo(q.s);
		assertThat(nodes[nodes.length - 1]).isEqualTo(q.t);
		assertThat(p.hops()).isEqualTo(nodes.length - 1).isLessThanOrEqualTo(q.limits.maxHops());
		assertThat(Arrays.stream(nodes).distinct().count()).isEqualTo(nodes.length);
		assertThat(g.isRemoved(q.s) || g.isRemoved(q.t)).isFalse();
		double c = 0;
		for (int i = 0; i + 1 < nodes.length; i++) {
			if (i > 0) {
				assertThat(intermediary(g, q, nodes[i])).as("intermediary %d may stand in the middle", nodes[i])
					.isTrue();
			}
			int slot = g.slotOf(nodes[i], nodes[i + 1]);
			assertThat(slot).isNotNegative();
			assertThat(usable(g, q, slot)).isTrue();
			assertThat(p.edges()[i]).isEqualTo(g.tieBetween(nodes[i], nodes[i + 1]));
			c += g.slotCost(slot);
		}
		assertThat(p.cost()).isCloseTo(c, within(EPS));
	}

	static void assertDistinct(List<org.warmpath.paths.GraphPath> paths) {
		Set<List<Integer>> seen = new HashSet<>();
		for (var p : paths) {
			assertThat(seen.add(Arrays.stream(p.nodes()).boxed().toList())).isTrue();
		}
	}

}
