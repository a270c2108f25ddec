package org.warmpath.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.stereotype.Component;

/**
 * The slow reference engine ({@code engine=jgrapht}): textbook JGraphT algorithms on a
 * JGraphT copy of the projection, to hold the {@link GraphPathEngine graph engine}'s
 * kernels to. Warmest: a hop-bounded Bellman-Ford over the JGraphT view (weight = cost =
 * -ln strength, at most {@code maxHops} ties; see {@link #warmest} for why not JGraphT's
 * own); fewest: JGraphT's {@link BFSShortestPath}; k &gt; 1: Yen's algorithm around those
 * searches (as {@link PathFinder} does around its kernels). JGraphT's own Yen iterator
 * ranks by cost without a hop cap, and filtering its output by hops ran past any time
 * budget on small caps. The likeliest mode, held to the kernels without node weights, is
 * the warmest here; the API answers it with the graph engine only.
 *
 * <p>
 * Same rules as the other engines: the algorithms run on a {@link MaskSubgraph} that
 * hides removed people, avoided people and people not open to introductions (except the
 * two ends, as in {@link PathFinder}) and ties weaker than {@code minStrength}; the
 * visibility redaction happens after the engine, in {@link IntroductionPaths}.
 *
 * <p>
 * Slow on purpose: the copy costs about 150 bytes per tie and is made once per projection
 * version ({@link KnowsGraph#derived}; rebuilt when the version moves, also on a consent
 * change); Bellman-Ford is O(H m) per search and Yen runs O(k H) of them. So, like
 * {@code engine=cypher}, it is meant for analysts and admins and costs a member ten
 * queries of their rate budget; its runs stop at {@code warmpath.paths.cypher-timeout}
 * (503).
 */
@Component
class JGraphTPathEngine implements PathEngine {

	private final Projection projection;

	private final PathsProperties properties;

	JGraphTPathEngine(Projection projection, PathsProperties properties) {
		this.projection = projection;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "jgrapht";
	}

	@Override
	public List<FoundPath> find(PathRequest request) {
		return find(this.projection.snapshot().graph(), request);
	}

	/**
	 * {@link #find(PathRequest)} on a given graph (tests hold it to the kernels on any).
	 */
	List<FoundPath> find(KnowsGraph graph, PathRequest request) {
		int source = graph.indexOf(request.from());
		int target = graph.indexOf(request.to());
		if (source < 0 || target < 0 || graph.isRemoved(source) || graph.isRemoved(target) || source == target) {
			return List.of();
		}
		long deadline = System.nanoTime() + this.properties.cypherTimeout().toNanos();
		Graph<Integer, DefaultWeightedEdge> view = mask(graph, View.of(graph), source, target, request);
		List<List<Integer>> found = yen(view, request.mode(), source, target, request.k(), request.maxHops(), deadline);
		List<FoundPath> out = new ArrayList<>(found.size());
		for (List<Integer> nodes : found) {
			List<String> people = new ArrayList<>(nodes.size());
			List<Double> strengths = new ArrayList<>(nodes.size() - 1);
			for (int i = 0; i < nodes.size(); i++) {
				people.add(graph.id(nodes.get(i)));
				if (i > 0) {
					strengths.add(graph.strength(nodes.get(i - 1), nodes.get(i)));
				}
			}
			out.add(new FoundPath(people, strengths));
		}
		Comparator<FoundPath> order = (request.mode() == PathMode.FEWEST)
				? Comparator.comparingInt(FoundPath::hops).thenComparingDouble(FoundPath::cost)
				: Comparator.comparingDouble(FoundPath::cost).thenComparingInt(FoundPath::hops);
		out.sort(order);
		return out;
	}

	/**
	 * Yen's k loopless paths (J. Y. Yen, Management Science 17, 1971) with JGraphT doing
	 * every search: each later path leaves an earlier one at a spur person, found by the
	 * same capped search on a {@link MaskSubgraph} without the root's people and the ties
	 * the earlier paths sharing that root took next. O(k H) searches.
	 */
	private static List<List<Integer>> yen(Graph<Integer, DefaultWeightedEdge> view, PathMode mode, int source,
			int target, int k, int maxHops, long deadline) {
		Kernels.checkDeadline(deadline);
		List<List<Integer>> accepted = new ArrayList<>();
		List<Integer> first = best(view, mode, source, target, maxHops);
		if (first == null) {
			return accepted;
		}
		accepted.add(first);
		Comparator<List<Integer>> order = (mode != PathMode.FEWEST)
				? Comparator.<List<Integer>>comparingDouble(p -> cost(view, p)).thenComparingInt(List::size)
				: Comparator.<List<Integer>>comparingInt(List::size).thenComparingDouble(p -> cost(view, p));
		PriorityQueue<List<Integer>> candidates = new PriorityQueue<>(order);
		Set<List<Integer>> seen = new HashSet<>(accepted);
		while (accepted.size() < k) {
			List<Integer> prev = accepted.get(accepted.size() - 1);
			for (int i = 0; i + 1 < prev.size(); i++) {
				Kernels.checkDeadline(deadline);
				List<Integer> root = prev.subList(0, i + 1);
				int spur = prev.get(i);
				Set<Integer> rootPeople = new HashSet<>(root.subList(0, i));
				Set<Integer> bannedNext = new HashSet<>();
				for (List<Integer> p : accepted) {
					if (p.size() > i + 1 && p.subList(0, i + 1).equals(root)) {
						bannedNext.add(p.get(i + 1));
					}
				}
				Graph<Integer, DefaultWeightedEdge> spurView = new MaskSubgraph<>(view, rootPeople::contains, e -> {
					int a = view.getEdgeSource(e);
					int b = view.getEdgeTarget(e);
					return (a == spur && bannedNext.contains(b)) || (b == spur && bannedNext.contains(a));
				});
				List<Integer> tail = best(spurView, mode, spur, target, maxHops - i);
				if (tail != null) {
					List<Integer> whole = new ArrayList<>(root.subList(0, i));
					whole.addAll(tail);
					if (seen.add(whole)) {
						candidates.add(whole);
					}
				}
			}
			List<Integer> next = candidates.poll();
			if (next == null) {
				break;
			}
			accepted.add(next);
		}
		return accepted;
	}

	/**
	 * The best path of at most {@code maxHops} ties: JGraphT's hop-limited Bellman-Ford
	 * (warmest) or breadth-first search (fewest); null when there is none.
	 */
	private static List<Integer> best(Graph<Integer, DefaultWeightedEdge> view, PathMode mode, int source, int target,
			int maxHops) {
		if (maxHops < 1) {
			return null;
		}
		if (mode != PathMode.FEWEST) {
			return warmest(view, source, target, maxHops);
		}
		org.jgrapht.GraphPath<Integer, DefaultWeightedEdge> p = new BFSShortestPath<>(view).getPath(source, target);
		return (p != null && p.getLength() <= maxHops) ? p.getVertexList() : null;
	}

	/**
	 * Hop-bounded Bellman-Ford over the view: layer h holds the best cost of a path of at
	 * most h ties, improved only strictly (so on equal cost the path with fewer ties
	 * stays, and zero-cost ties never make a walk with a repeated person). JGraphT's
	 * {@link BellmanFordShortestPath} with a hop limit relaxes in place, so its answer
	 * may use more ties than the limit (and was then dropped): the random-graph agreement
	 * test found such pairs. O(H m).
	 */
	private static List<Integer> warmest(Graph<Integer, DefaultWeightedEdge> view, int source, int target,
			int maxHops) {
		java.util.Map<Integer, Double> best = new java.util.HashMap<>();
		// parent per layer: person -> previous person on the best path of at most h ties
		List<java.util.Map<Integer, Integer>> parent = new ArrayList<>();
		best.put(source, 0.0);
		Set<Integer> frontier = Set.of(source);
		for (int h = 1; h <= maxHops && !frontier.isEmpty(); h++) {
			java.util.Map<Integer, Double> next = new java.util.HashMap<>();
			java.util.Map<Integer, Integer> par = new java.util.HashMap<>();
			for (int u : frontier) {
				if (u != source && u == target) {
					continue; // the target is an end, never passed through
				}
				double cu = best.get(u);
				for (DefaultWeightedEdge e : view.edgesOf(u)) {
					int v = Graphs.getOppositeVertex(view, e, u);
					double c = cu + view.getEdgeWeight(e);
					Double known = next.containsKey(v) ? next.get(v) : best.get(v);
					if (known == null || c < known) {
						next.put(v, c);
						par.put(v, u);
					}
				}
			}
			best.putAll(next);
			parent.add(par);
			frontier = next.keySet();
		}
		if (!best.containsKey(target) || target == source) {
			return null;
		}
		List<Integer> path = new ArrayList<>();
		int v = target;
		int h = parent.size() - 1;
		path.add(v);
		while (v != source) {
			while (!parent.get(h).containsKey(v)) {
				h--;
			}
			v = parent.get(h).get(v);
			h--;
			path.add(v);
		}
		java.util.Collections.reverse(path);
		return path;
	}

	private static double cost(Graph<Integer, DefaultWeightedEdge> view, List<Integer> path) {
		double c = 0;
		for (int i = 0; i + 1 < path.size(); i++) {
			c += view.getEdgeWeight(view.getEdge(path.get(i), path.get(i + 1)));
		}
		return c;
	}

	/**
	 * The request's rules as a lazy mask over the copy; consent and removals are read
	 * live, so a change since the copy was made is honoured.
	 */
	private static Graph<Integer, DefaultWeightedEdge> mask(KnowsGraph graph, Graph<Integer, DefaultWeightedEdge> copy,
			int source, int target, PathRequest request) {
		Set<Integer> avoid = new HashSet<>();
		for (String id : request.avoid()) {
			int v = graph.indexOf(id);
			if (v >= 0 && v != source && v != target) {
				avoid.add(v);
			}
		}
		double minStrength = request.minStrength();
		return new MaskSubgraph<>(copy,
				v -> graph.isRemoved(v) || avoid.contains(v) || (v != source && v != target && !graph.canIntroduce(v)),
				e -> {
					double strength = graph.strength(copy.getEdgeSource(e), copy.getEdgeTarget(e));
					return strength <= 0 || strength < minStrength;
				});
	}

	/**
	 * The JGraphT copy of one projection version: vertices are person indices, edges the
	 * live ties with weight = cost, read through the graph's public accessors (so ties
	 * the projection keeps outside its base arrays are included).
	 */
	static final class View {

		private volatile Copy copy;

		static Graph<Integer, DefaultWeightedEdge> of(KnowsGraph graph) {
			return graph.derived(View.class, g -> new View()).get(graph);
		}

		private Graph<Integer, DefaultWeightedEdge> get(KnowsGraph graph) {
			long version = graph.version();
			Copy c = this.copy;
			if (c == null || c.version() != version) {
				synchronized (this) {
					c = this.copy;
					if (c == null || c.version() != version) {
						c = new Copy(version, copy(graph));
						this.copy = c;
					}
				}
			}
			return c.graph();
		}

		static Graph<Integer, DefaultWeightedEdge> copy(KnowsGraph graph) {
			SimpleWeightedGraph<Integer, DefaultWeightedEdge> out = new SimpleWeightedGraph<>(
					DefaultWeightedEdge.class);
			int n = graph.nodeCount();
			for (int v = 0; v < n; v++) {
				out.addVertex(v);
			}
			for (int v = 0; v < n; v++) {
				int u = v;
				graph.forEachNeighbour(u, (w, strength, tie) -> {
					if (u < w) {
						out.setEdgeWeight(out.addEdge(u, w), graph.tieCost(tie));
					}
				});
			}
			return out;
		}

		private record Copy(long version, Graph<Integer, DefaultWeightedEdge> graph) {
		}

	}

}
