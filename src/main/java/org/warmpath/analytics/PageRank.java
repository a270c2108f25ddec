package org.warmpath.analytics;

import java.util.Arrays;

/**
 * PageRank (Brin and Page 1998) as LDBC Graphalytics defines it: a fixed number of
 * synchronous power iterations from 1/n, where the rank a dangling vertex (no out-edges)
 * holds is spread evenly over all vertices: {@code PR(v) = (1 - d)/n + d * sum_{u -> v}
 * PR(u)/outdeg(u) + d/n * sum_{dangling w} PR(w)}. An undirected edge is an arc each way.
 * O(iterations x (n + m)) time, O(n) space.
 */
final class PageRank {

	private PageRank() {
	}

	/**
	 * @param damping damping factor d, such as 0.85
	 * @param iterations number of iterations
	 * @return rank of every vertex
	 */
	public static double[] ranks(AnalysisGraph g, double damping, int iterations) {
		int n = g.vertexCount();
		double[] rank = new double[n];
		double[] next = new double[n];
		if (n == 0) {
			return rank;
		}
		Arrays.fill(rank, 1.0 / n);
		for (int it = 0; it < iterations; it++) {
			double dangling = 0;
			for (int v = 0; v < n; v++) {
				if (g.outDegree(v) == 0) {
					dangling += rank[v];
				}
			}
			double base = (1 - damping) / n + damping * dangling / n;
			for (int v = 0; v < n; v++) {
				double sum = 0;
				for (int s = g.inOffsets[v]; s < g.inOffsets[v + 1]; s++) {
					int u = g.inTargets[s];
					sum += rank[u] / g.outDegree(u);
				}
				next[v] = base + damping * sum;
			}
			double[] t = rank;
			rank = next;
			next = t;
		}
		return rank;
	}

}
