package org.warmpath.analytics;

/**
 * Local clustering coefficients and triangle counts over an {@link AnalysisGraph}.
 *
 * <p>
 * Definition (LDBC Graphalytics LCC, which for undirected graphs is Watts and Strogatz
 * 1998 and NetworkX's {@code clustering}): the neighbourhood N(v) of v is its in- and
 * out-neighbours together, without v; LCC(v) = (arcs between members of N(v)) / (|N(v)|
 * (|N(v)| - 1)), and 0 when |N(v)| &lt; 2. An undirected edge counts as two arcs, so the
 * undirected value is 2 T(v) / (d (d - 1)). Self-loops never count (the graph drops
 * them), which is how the published SNAP figures are computed.
 *
 * <p>
 * Cost: each vertex marks its neighbourhood and scans its neighbours' lists, O(sum over
 * edges (u, v) of deg(u)) time (at most O(m d_max)), O(n) extra space.
 */
final class Clustering {

	private Clustering() {
	}

	/** LCC of every vertex. */
	public static double[] local(AnalysisGraph g) {
		return local(g, Progress.NONE);
	}

	/** LCC of every vertex, reporting the share of vertices done (about 100 times). */
	public static double[] local(AnalysisGraph g, Progress progress) {
		int n = g.vertexCount();
		int step = Math.max(1, n / 100);
		double[] out = new double[n];
		int[] mark = new int[n];
		int[] members = new int[n];
		int epoch = 0;
		for (int v = 0; v < n; v++) {
			if (v % step == 0) {
				progress.report((double) v / n);
			}
			epoch++;
			int size = neighbourhood(g, v, mark, epoch, members);
			if (size < 2) {
				continue;
			}
			out[v] = (double) arcsWithin(g, members, size, mark, epoch) / ((double) size * (size - 1));
		}
		return out;
	}

	/**
	 * Average LCC over the live vertices, vertices of degree below 2 counting as 0
	 * (NetworkX {@code average_clustering}, SNAP {@code GetClustCf}).
	 */
	public static double average(AnalysisGraph g) {
		return average(g, Progress.NONE);
	}

	/** {@link #average(AnalysisGraph)}, reporting progress as it goes. */
	public static double average(AnalysisGraph g, Progress progress) {
		double[] lcc = local(g, progress);
		double sum = 0;
		int count = 0;
		for (int v = 0; v < lcc.length; v++) {
			if (g.isLive(v)) {
				sum += lcc[v];
				count++;
			}
		}
		return (count == 0) ? 0 : sum / count;
	}

	/**
	 * Triangles of an undirected graph: for each edge (u, v) with u &lt; v, the common
	 * neighbours w &gt; v, found by merging the sorted lists. O(m d_max) time, no extra
	 * space.
	 */
	public static long triangles(AnalysisGraph g) {
		AnalysisGraph u = g.undirected();
		long count = 0;
		int[] off = u.outOffsets;
		int[] tg = u.outTargets;
		for (int a = 0; a < u.vertexCount(); a++) {
			for (int s = off[a]; s < off[a + 1]; s++) {
				int b = tg[s];
				if (b <= a) {
					continue;
				}
				int i = off[a + 1] - 1;
				int j = off[b + 1] - 1;
				// walk both lists downwards while the common neighbours are above b
				while (i >= off[a] && j >= off[b]) {
					int x = tg[i];
					int y = tg[j];
					if (x <= b || y <= b) {
						break;
					}
					if (x == y) {
						count++;
						i--;
						j--;
					}
					else if (x > y) {
						i--;
					}
					else {
						j--;
					}
				}
			}
		}
		return count;
	}

	private static int neighbourhood(AnalysisGraph g, int v, int[] mark, int epoch, int[] members) {
		int size = 0;
		for (int s = g.outOffsets[v]; s < g.outOffsets[v + 1]; s++) {
			int w = g.outTargets[s];
			if (mark[w] != epoch) {
				mark[w] = epoch;
				members[size++] = w;
			}
		}
		if (g.isDirected()) {
			for (int s = g.inOffsets[v]; s < g.inOffsets[v + 1]; s++) {
				int w = g.inTargets[s];
				if (mark[w] != epoch) {
					mark[w] = epoch;
					members[size++] = w;
				}
			}
		}
		return size;
	}

	private static long arcsWithin(AnalysisGraph g, int[] members, int size, int[] mark, int epoch) {
		long arcs = 0;
		for (int i = 0; i < size; i++) {
			int u = members[i];
			for (int s = g.outOffsets[u]; s < g.outOffsets[u + 1]; s++) {
				if (mark[g.outTargets[s]] == epoch) {
					arcs++;
				}
			}
		}
		return arcs;
	}

}
