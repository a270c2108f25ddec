package org.warmpath.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.warmpath.projection.KnowsGraph;

/**
 * Warm-introduction path finding on a {@link KnowsGraph}: warmest and fewest-hops paths,
 * k loopless alternatives, single-source reachability and bounded reach, all exact under
 * the hop cap and all honouring the same {@link SearchLimits}.
 *
 * <p>
 * Rules shared by every search: a path is a loopless sequence of people; every person in
 * the middle is open to introductions, not removed and not in {@code avoid} (the source
 * and target need not be open, but must not be removed); removed ties and ties weaker
 * than {@code minStrength} are never used; at most {@code maxHops} ties. A search that
 * runs past {@code deadlineNanos} throws {@link SearchTimeoutException}; it checks the
 * clock on entry and every couple of thousand tie scans.
 *
 * <p>
 * Thread-safe: any number of threads may search at once, also while the graph's consent
 * flags and removals change. Each search uses its thread's epoch-stamped working memory
 * (about 62 bytes per person, {@link SearchScratch}, kept across projections), so a query
 * neither clears nor allocates O(n) memory, only its answer. One instance serves one
 * projection, also across the writes applied to it in place (scratch is sized to the
 * graph's {@link KnowsGraph#capacity()}, so people added in spare slots fit); build a new
 * one after a rebuild or compaction.
 */
public final class PathFinder {

	/** Most alternatives one query may ask for. */
	public static final int MAX_K = 10;

	private static final Comparator<GraphPath> BY_COST = Comparator.comparingDouble(GraphPath::cost)
		.thenComparingInt(GraphPath::hops);

	private static final Comparator<GraphPath> BY_HOPS = Comparator.comparingInt(GraphPath::hops)
		.thenComparingDouble(GraphPath::cost);

	private final KnowsGraph graph;

	/** A finder; its searches use their thread's working memory. */
	public PathFinder(KnowsGraph graph) {
		this.graph = graph;
	}

	/**
	 * The shared finder of {@code graph}, made on first use and kept as long as the graph
	 * is: what every query of a published projection uses.
	 */
	public static PathFinder of(KnowsGraph graph) {
		return graph.derived(PathFinder.class, PathFinder::new);
	}

	public KnowsGraph graph() {
		return this.graph;
	}

	/**
	 * The warmest path (lowest sum of -ln strength, fewer hops on equal cost) of at most
	 * {@code maxHops} ties. Exact: bidirectional hop-capped label setting, see
	 * {@link #paths}. Empty when there is none or {@code source == target}.
	 */
	public Optional<GraphPath> warmest(int source, int target, SearchLimits limits) {
		return single(PathMode.WARMEST, source, target, limits);
	}

	/**
	 * The path with the fewest hops, the warmest among those; bidirectional BFS with a
	 * cost DP over its layers. Empty when there is none within {@code maxHops} or
	 * {@code source == target}.
	 */
	public Optional<GraphPath> fewest(int source, int target, SearchLimits limits) {
		return single(PathMode.FEWEST, source, target, limits);
	}

	private Optional<GraphPath> single(PathMode mode, int source, int target, SearchLimits limits) {
		List<GraphPath> p = paths(mode, source, target, 1, limits);
		return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0));
	}

	/**
	 * Up to {@code k} loopless paths, best first (WARMEST: by cost then hops; FEWEST: by
	 * hops then cost), no two alike. Yen's algorithm (J. Y. Yen, "Finding the k shortest
	 * loopless paths in a network", Management Science 17, 1971): each later path leaves
	 * an earlier one at a spur person; the spur search is the same capped kernel with the
	 * hop budget left after the root ({@code maxHops - rootHops}), the root's people
	 * excluded and the ties to the next people of the earlier paths sharing that root
	 * banned.
	 * <p>
	 * Time O(k H) kernel runs; space O(k H) candidate paths. An empty list when there is
	 * no path or {@code source == target}; fewer than k when fewer exist.
	 * @throws IllegalArgumentException for k outside 1..{@value #MAX_K} or unknown
	 * indices
	 * @throws SearchTimeoutException when the time budget runs out
	 */
	public List<GraphPath> paths(PathMode mode, int source, int target, int k, SearchLimits limits) {
		return paths(mode, source, target, k, limits, null);
	}

	/**
	 * {@link #paths(PathMode, int, int, int, SearchLimits)} for any mode, the likeliest
	 * one with its node weights: a path's cost is then the sum of its ties' costs plus
	 * the weights of the people it passes through (not its ends), and its
	 * {@link GraphPath#cost()} says so.
	 * @param weights for {@link PathMode#LIKELIEST}: per person index ({@code -ln} of
	 * their responsiveness, non-negative), at least {@link KnowsGraph#capacity()} long;
	 * null: every introducer passes introductions on (the likeliest path is then the
	 * warmest); ignored by the other modes
	 * @throws IllegalArgumentException for weights shorter than the graph's capacity
	 */
	public List<GraphPath> paths(PathMode mode, int source, int target, int k, SearchLimits limits, double[] weights) {
		if (mode == PathMode.LIKELIEST && weights != null && weights.length < this.graph.capacity()) {
			throw new IllegalArgumentException("the likeliest mode needs a weight per person");
		}
		if (k < 1 || k > MAX_K) {
			throw new IllegalArgumentException("k must be in 1.." + MAX_K + ": " + k);
		}
		checkIndex(source);
		checkIndex(target);
		this.graph.version(); // volatile read: see every mutation made before this call
		long deadline = limits.deadlineNanos();
		Kernels.checkDeadline(deadline);
		if (source == target) {
			return List.of();
		}
		SearchScratch x = acquire();
		try {
			x.weights = (mode == PathMode.LIKELIEST) ? weights : null;
			return paths(x, mode, source, target, k, limits, deadline);
		}
		finally {
			release(x);
		}
	}

	private List<GraphPath> paths(SearchScratch x, PathMode mode, int source, int target, int k, SearchLimits limits,
			long deadline) {
		int maxHops = limits.maxHops();
		double maxCost = limits.maxCost();
		x.exclude(limits.avoid(), null, 0);
		GraphPath first = kernel(mode, x, source, target, maxHops, maxCost, deadline);
		if (first == null) {
			return List.of();
		}
		List<GraphPath> accepted = new ArrayList<>(k);
		accepted.add(first);
		if (k == 1) {
			return accepted;
		}
		Comparator<GraphPath> order = (mode == PathMode.FEWEST) ? BY_HOPS : BY_COST;
		PriorityQueue<GraphPath> candidates = new PriorityQueue<>(order);
		Set<PathKey> seen = new HashSet<>();
		seen.add(new PathKey(first.nodes()));
		int[] root = new int[SearchLimits.MAX_HOPS + 1];
		while (accepted.size() < k) {
			GraphPath prev = accepted.get(accepted.size() - 1);
			int[] pn = prev.nodes();
			for (int i = 0; i < prev.hops(); i++) {
				Kernels.checkDeadline(deadline);
				int spur = pn[i];
				root[i] = spur;
				x.exclude(limits.avoid(), root, i);
				for (GraphPath p : accepted) {
					if (p.hops() > i && Arrays.equals(p.nodes(), 0, i + 1, pn, 0, i + 1)) {
						x.ban(p.nodes()[i + 1]);
					}
				}
				GraphPath tail = kernel(mode, x, spur, target, maxHops - i, maxCost, deadline);
				if (tail == null) {
					continue;
				}
				GraphPath whole = join(x, prev, i, tail);
				if (seen.add(new PathKey(whole.nodes()))) {
					candidates.add(whole);
				}
			}
			GraphPath next = candidates.poll();
			if (next == null) {
				break;
			}
			accepted.add(next);
		}
		return accepted;
	}

	/**
	 * Best cost from {@code source} to everyone reachable within {@code maxHops} (people
	 * who are not open are reached but not passed through), in the order first reached
	 * (by hops, not by cost). One hop-bounded Bellman-Ford search, O(H m) at worst.
	 */
	public ReachCosts warmestFrom(int source, SearchLimits limits) {
		checkIndex(source);
		this.graph.version();
		Kernels.checkDeadline(limits.deadlineNanos());
		SearchScratch x = acquire();
		try {
			x.exclude(limits.avoid(), null, 0);
			int count = Kernels.warmestFrom(this.graph, x, source, limits.maxHops(), limits.maxCost(),
					limits.deadlineNanos());
			int[] nodes = Arrays.copyOf(x.parB, count);
			double[] costs = new double[count];
			int[] hops = new int[count];
			for (int i = 0; i < count; i++) {
				costs[i] = x.costF[nodes[i]];
				hops[i] = x.distF[nodes[i]];
			}
			return new ReachCosts(source, nodes, costs, hops);
		}
		finally {
			release(x);
		}
	}

	/**
	 * Best cost from {@code source} to each of {@code targets} ({@code +Infinity} when
	 * not reachable within {@code maxHops}, 0 for the source itself), aligned with
	 * {@code targets}: one single-source search scores the reachability of any number of
	 * candidates.
	 */
	public double[] warmestCosts(int source, int[] targets, SearchLimits limits) {
		checkIndex(source);
		for (int t : targets) {
			checkIndex(t);
		}
		this.graph.version();
		Kernels.checkDeadline(limits.deadlineNanos());
		SearchScratch x = acquire();
		try {
			x.exclude(limits.avoid(), null, 0);
			Kernels.warmestFrom(this.graph, x, source, limits.maxHops(), limits.maxCost(), limits.deadlineNanos());
			double[] out = new double[targets.length];
			for (int i = 0; i < targets.length; i++) {
				int t = targets[i];
				out[i] = (x.markF[t] == x.bfsEpoch && !this.graph.isRemoved(t)) ? x.costF[t] : Double.POSITIVE_INFINITY;
			}
			return out;
		}
		finally {
			release(x);
		}
	}

	/**
	 * The people at each hop distance 1..maxHops from {@code source} through consenting
	 * intermediaries ({@code levels[h-1]} for distance h; closed people are counted but
	 * not passed through). Breadth-first, O(edges scanned) time.
	 */
	public int[][] reachByHops(int source, SearchLimits limits) {
		checkIndex(source);
		this.graph.version();
		Kernels.checkDeadline(limits.deadlineNanos());
		SearchScratch x = acquire();
		try {
			x.exclude(limits.avoid(), null, 0);
			return Kernels.reach(this.graph, x, source, limits.maxHops(), limits.maxCost(), limits.deadlineNanos());
		}
		finally {
			release(x);
		}
	}

	private GraphPath kernel(PathMode mode, SearchScratch x, int s, int t, int maxHops, double maxCost, long deadline) {
		return (mode == PathMode.FEWEST) ? Kernels.fewest(this.graph, x, s, t, maxHops, maxCost, deadline)
				: Kernels.warmest(this.graph, x, s, t, maxHops, maxCost, deadline);
	}

	/**
	 * {@code prev} up to its person {@code i}, then {@code tail} (which starts there).
	 */
	private GraphPath join(SearchScratch x, GraphPath prev, int i, GraphPath tail) {
		int[] nodes = new int[i + tail.nodes().length];
		System.arraycopy(prev.nodes(), 0, nodes, 0, i);
		System.arraycopy(tail.nodes(), 0, nodes, i, tail.nodes().length);
		return Kernels.pathOf(this.graph, x.weights, nodes, nodes.length);
	}

	/**
	 * Working memory for one search: this thread's, see {@link SearchScratch#acquire}.
	 */
	private SearchScratch acquire() {
		return SearchScratch.acquire(this.graph.capacity());
	}

	private void release(SearchScratch x) {
		x.release();
	}

	private void checkIndex(int v) {
		if (v < 0 || v >= this.graph.nodeCount()) {
			throw new IllegalArgumentException("no person with index " + v);
		}
	}

	/**
	 * What a single-source search reached: people in the order first reached, with the
	 * cost and hop count of the warmest capped path to each (the source itself excluded).
	 */
	public record ReachCosts(int source, int[] nodes, double[] costs, int[] hops) {

		public int size() {
			return this.nodes.length;
		}

	}

	private record PathKey(int[] nodes) {

		@Override
		public boolean equals(Object o) {
			return (o instanceof PathKey p) && Arrays.equals(this.nodes, p.nodes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.nodes);
		}

	}

}
