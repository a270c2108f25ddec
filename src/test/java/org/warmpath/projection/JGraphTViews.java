package org.warmpath.projection;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * JGraphT copies of a {@link KnowsGraph}, so tests and benchmarks can check our kernels
 * against JGraphT's algorithms; the app itself never needs them.
 */
public final class JGraphTViews {

	private JGraphTViews() {
	}

	/**
	 * A JGraphT copy of the live projection: vertices are the indices of people not
	 * removed, edges the live ties between them, weight = cost = -ln(strength). Mutable
	 * and independent of the projection. O(n + m) time, about 150 bytes per tie.
	 */
	public static Graph<Integer, DefaultWeightedEdge> toJGraphT(KnowsGraph g) {
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> out = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (int v = 0; v < g.nodeCount(); v++) {
			if (!g.isRemoved(v)) {
				out.addVertex(v);
			}
		}
		forEachLiveTie(g, (u, v, cost) -> out.setEdgeWeight(out.addEdge(u, v), cost));
		return out;
	}

	/**
	 * A compact, immutable JGraphT view (jgrapht-opt sparse graph): vertices
	 * {@code 0..n-1} (removed people are isolated), edges are the live ties with weight =
	 * cost. Edge ids are positions in the live-tie enumeration, not tie indices.
	 */
	public static Graph<Integer, Integer> toSparseJGraphT(KnowsGraph g) {
		List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(g.tieCount());
		forEachLiveTie(g, (u, v, cost) -> edges.add(Triple.of(u, v, cost)));
		return new SparseIntUndirectedWeightedGraph(g.nodeCount(), edges);
	}

	private static void forEachLiveTie(KnowsGraph g, LiveTie visitor) {
		int[] offsets = g.offsets();
		int[] targets = g.targets();
		for (int u = 0; u < g.nodeCount(); u++) {
			if (g.isRemoved(u)) {
				continue;
			}
			for (int s = offsets[u], e = offsets[u + 1]; s < e; s++) {
				int v = targets[s];
				if (u < v && !g.isDead(s) && !g.isRemoved(v)) {
					visitor.accept(u, v, g.slotCost(s));
				}
			}
		}
	}

	@FunctionalInterface
	private interface LiveTie {

		void accept(int u, int v, double cost);

	}

}
