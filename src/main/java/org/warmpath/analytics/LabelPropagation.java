package org.warmpath.analytics;

import java.util.Arrays;

/**
 * Community detection by synchronous label propagation (Raghavan, Albert and Kumara 2007)
 * as LDBC Graphalytics specifies it (CDLP): every vertex starts with its own label; in
 * each of a fixed number of rounds, every vertex takes the label most frequent among its
 * neighbours in the previous round (in- and out-neighbours for a directed graph, so a
 * pair of opposite arcs counts twice), the smallest such label on a tie, and keeps its
 * label when it has no neighbours. Deterministic, unlike the asynchronous original.
 * O(rounds x m log d_max) time, O(n + d_max) space.
 */
final class LabelPropagation {

	private LabelPropagation() {
	}

	/**
	 * @param initial starting label of each vertex (Graphalytics: the vertex id)
	 * @param rounds number of synchronous rounds
	 * @return the labels after the last round
	 */
	public static long[] labels(AnalysisGraph g, long[] initial, int rounds) {
		int n = g.vertexCount();
		long[] label = initial.clone();
		long[] next = new long[n];
		long[] buf = new long[16];
		for (int r = 0; r < rounds; r++) {
			for (int v = 0; v < n; v++) {
				int k = 0;
				int need = g.outDegree(v) + (g.isDirected() ? g.inDegree(v) : 0);
				if (need == 0) {
					next[v] = label[v];
					continue;
				}
				if (buf.length < need) {
					buf = new long[Math.max(need, buf.length * 2)];
				}
				for (int s = g.outOffsets[v]; s < g.outOffsets[v + 1]; s++) {
					buf[k++] = label[g.outTargets[s]];
				}
				if (g.isDirected()) {
					for (int s = g.inOffsets[v]; s < g.inOffsets[v + 1]; s++) {
						buf[k++] = label[g.inTargets[s]];
					}
				}
				Arrays.sort(buf, 0, k);
				long best = buf[0];
				int bestCount = 0;
				for (int i = 0; i < k;) {
					int j = i;
					while (j < k && buf[j] == buf[i]) {
						j++;
					}
					if (j - i > bestCount) {
						bestCount = j - i;
						best = buf[i];
					}
					i = j;
				}
				next[v] = best;
			}
			long[] t = label;
			label = next;
			next = t;
		}
		return label;
	}

}
