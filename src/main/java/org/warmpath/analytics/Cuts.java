package org.warmpath.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Articulation points (people whose loss splits a component) and bridges (ties whose loss
 * does), by Hopcroft and Tarjan's (1973) depth-first low-point method, iterative so a
 * million-person network cannot overflow the stack. O(n + m) time, O(n) space. The graph
 * has no parallel edges, so skipping the edge back to the DFS parent by vertex is exact.
 * JGraphT's {@code BiconnectivityInspector} answers the same question and the tests hold
 * this class to it; this one avoids copying the graph into JGraphT's structures.
 */
final class Cuts {

	private Cuts() {
	}

	/**
	 * @param g an undirected graph
	 * @return articulation points (ascending) and bridges (as {lower, higher} vertex
	 * pairs, in discovery order)
	 */
	public static Result of(AnalysisGraph g) {
		int n = g.vertexCount();
		int[] disc = new int[n];
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] edgePos = new int[n];
		int[] stack = new int[n];
		boolean[] articulation = new boolean[n];
		List<int[]> bridges = new ArrayList<>();
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (disc[root] != 0) {
				continue;
			}
			int top = 0;
			stack[top++] = root;
			disc[root] = low[root] = ++time;
			parent[root] = -1;
			edgePos[root] = g.outOffsets[root];
			int rootChildren = 0;
			while (top > 0) {
				int v = stack[top - 1];
				if (edgePos[v] < g.outOffsets[v + 1]) {
					int w = g.outTargets[edgePos[v]++];
					if (disc[w] == 0) {
						parent[w] = v;
						disc[w] = low[w] = ++time;
						edgePos[w] = g.outOffsets[w];
						stack[top++] = w;
						if (v == root) {
							rootChildren++;
						}
					}
					else if (w != parent[v]) {
						low[v] = Math.min(low[v], disc[w]);
					}
				}
				else {
					top--;
					int p = parent[v];
					if (p >= 0) {
						low[p] = Math.min(low[p], low[v]);
						if (low[v] > disc[p]) {
							bridges.add(new int[] { Math.min(p, v), Math.max(p, v) });
						}
						if (p != root && low[v] >= disc[p]) {
							articulation[p] = true;
						}
					}
				}
			}
			if (rootChildren > 1) {
				articulation[root] = true;
			}
		}
		int[] points = java.util.stream.IntStream.range(0, n).filter(v -> articulation[v]).toArray();
		return new Result(points, bridges);
	}

	/**
	 * @param articulationPoints vertices whose removal disconnects their component
	 * @param bridges edges whose removal disconnects their component
	 */
	public record Result(int[] articulationPoints, List<int[]> bridges) {
	}

}
