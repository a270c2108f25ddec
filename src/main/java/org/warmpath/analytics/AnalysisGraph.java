package org.warmpath.analytics;

import java.util.Arrays;

import org.warmpath.projection.KnowsGraph;

/**
 * Immutable compressed-sparse-row graph that every analytics algorithm runs on, so the
 * same code answers the endpoints (built from the live {@link KnowsGraph} projection) and
 * the peer checks (built from LDBC Graphalytics or SNAP files, directed or not).
 *
 * <p>
 * Vertices are {@code 0..n-1}. Out-neighbours of {@code v} are
 * {@code outTargets[outOffsets[v] .. outOffsets[v+1]-1]}, sorted and without duplicates
 * or self-loops, with a weight per slot; in-neighbours likewise. For an undirected graph
 * the in-arrays are the out-arrays and every edge appears in both endpoints' lists.
 *
 * <p>
 * What it adds over the projection's own arrays, and why it is kept: the projection
 * carries removed ties and people in place (dead bits, flags changed while analyses run),
 * and the analytics kernels run without dead-slot checks on a fixed version of the graph;
 * weights here are strengths, not costs; and file graphs may be directed, with in-arrays.
 * When the projection has no removed tie or person and no tie added in place, its CSR is
 * exactly this graph, so {@link #of(KnowsGraph)} shares the projection's offsets and
 * targets (never written after the build, so no later withdrawal can change what an
 * analysis sees) and only adds the per-slot strengths; otherwise it copies the live part.
 */
public final class AnalysisGraph {

	private final int n;

	private final boolean directed;

	final int[] outOffsets;

	final int[] outTargets;

	final double[] outWeights;

	final int[] inOffsets;

	final int[] inTargets;

	/** Vertices that exist (people not removed); all true for file graphs. */
	private final boolean[] live;

	private AnalysisGraph(int n, boolean directed, int[] outOffsets, int[] outTargets, double[] outWeights,
			int[] inOffsets, int[] inTargets, boolean[] live) {
		this.n = n;
		this.directed = directed;
		this.outOffsets = outOffsets;
		this.outTargets = outTargets;
		this.outWeights = outWeights;
		this.inOffsets = inOffsets;
		this.inTargets = inTargets;
		this.live = live;
	}

	/**
	 * The live people and ties of a projection; weight = tie strength. Removed people
	 * stay as isolated, non-live vertices so indices match the projection. Shares the
	 * projection's CSR arrays when nothing was removed from it (O(n + m) time for the
	 * weights, 8 bytes per slot), copies the live part otherwise (O(n + m), 12 bytes per
	 * slot plus 4 per person).
	 */
	public static AnalysisGraph of(KnowsGraph g) {
		int n = g.nodeCount();
		if (!g.isCompact()) {
			return copyOf(g);
		}
		boolean[] live = new boolean[n];
		Arrays.fill(live, true);
		return new AnalysisGraph(n, false, g.offsets(), g.targets(), g.slotStrengths(), g.offsets(), g.targets(), live);
	}

	/** Copies the live part of a projection into new arrays. O(n + m). */
	static AnalysisGraph copyOf(KnowsGraph g) {
		int n = g.nodeCount();
		int[] offsets = new int[n + 1];
		boolean[] live = new boolean[n];
		for (int v = 0; v < n; v++) {
			live[v] = !g.isRemoved(v);
		}
		int[] deg = new int[1];
		for (int v = 0; v < n; v++) {
			if (live[v]) {
				deg[0] = 0;
				g.forEachNeighbour(v, (w, s, t) -> deg[0]++);
				offsets[v + 1] = deg[0];
			}
		}
		for (int v = 0; v < n; v++) {
			offsets[v + 1] += offsets[v];
		}
		int[] targets = new int[offsets[n]];
		double[] weights = new double[offsets[n]];
		int[] pos = new int[1];
		for (int v = 0; v < n; v++) {
			if (live[v]) {
				pos[0] = offsets[v];
				g.forEachNeighbour(v, (w, s, t) -> {
					targets[pos[0]] = w;
					weights[pos[0]++] = s;
				});
			}
		}
		return new AnalysisGraph(n, false, offsets, targets, weights, offsets, targets, live);
	}

	/** Starts a graph with {@code n} vertices. */
	public static Builder builder(int n, boolean directed) {
		return new Builder(n, directed);
	}

	public int vertexCount() {
		return this.n;
	}

	/** Vertices that exist (not removed from the projection). */
	public int liveVertexCount() {
		int c = 0;
		for (boolean b : this.live) {
			if (b) {
				c++;
			}
		}
		return c;
	}

	public boolean isLive(int v) {
		return this.live[v];
	}

	public boolean isDirected() {
		return this.directed;
	}

	/** Edges: ties for an undirected graph, arcs for a directed one. */
	public long edgeCount() {
		return this.directed ? this.outTargets.length : this.outTargets.length / 2;
	}

	public int outDegree(int v) {
		return this.outOffsets[v + 1] - this.outOffsets[v];
	}

	public int inDegree(int v) {
		return this.inOffsets[v + 1] - this.inOffsets[v];
	}

	/** Degree of an undirected graph (out-degree of a directed one). */
	public int degree(int v) {
		return outDegree(v);
	}

	/** Out-neighbours of {@code v}, sorted (a copy). */
	public int[] neighbours(int v) {
		return Arrays.copyOfRange(this.outTargets, this.outOffsets[v], this.outOffsets[v + 1]);
	}

	/** Whether the arc (edge) {@code u -> v} exists. O(log degree). */
	public boolean hasEdge(int u, int v) {
		return Arrays.binarySearch(this.outTargets, this.outOffsets[u], this.outOffsets[u + 1], v) >= 0;
	}

	/** Weight of the arc {@code u -> v}, or NaN when absent. */
	public double weight(int u, int v) {
		int i = Arrays.binarySearch(this.outTargets, this.outOffsets[u], this.outOffsets[u + 1], v);
		return (i >= 0) ? this.outWeights[i] : Double.NaN;
	}

	/** The same graph with arcs read both ways (itself when undirected). */
	public AnalysisGraph undirected() {
		if (!this.directed) {
			return this;
		}
		Builder b = new Builder(this.n, false);
		for (int u = 0; u < this.n; u++) {
			for (int s = this.outOffsets[u]; s < this.outOffsets[u + 1]; s++) {
				b.add(u, this.outTargets[s], this.outWeights[s]);
			}
		}
		return b.build();
	}

	/**
	 * Collects edges then sorts them into CSR in O(n + m log m). Self-loops are dropped;
	 * duplicate edges keep the first weight. Not thread-safe; single use.
	 */
	public static final class Builder {

		private final int n;

		private final boolean directed;

		private long[] pairs = new long[16];

		private double[] w = new double[16];

		private int size;

		private Builder(int n, boolean directed) {
			this.n = n;
			this.directed = directed;
		}

		/** Adds the edge (arc when directed) {@code u -> v}. */
		public Builder add(int u, int v, double weight) {
			if (u < 0 || v < 0 || u >= this.n || v >= this.n) {
				throw new IllegalArgumentException("vertex out of range: " + u + " - " + v);
			}
			if (u == v) {
				return this;
			}
			put(u, v, weight);
			if (!this.directed) {
				put(v, u, weight);
			}
			return this;
		}

		private void put(int u, int v, double weight) {
			if (this.size == this.pairs.length) {
				this.pairs = Arrays.copyOf(this.pairs, this.size * 2);
				this.w = Arrays.copyOf(this.w, this.size * 2);
			}
			this.pairs[this.size] = ((long) u << 32) | v;
			this.w[this.size++] = weight;
		}

		public AnalysisGraph build() {
			// sort (u, v) keys, carrying weights through an index permutation
			long[] keyed = new long[this.size];
			for (int i = 0; i < this.size; i++) {
				keyed[i] = this.pairs[i];
			}
			Integer[] order = null;
			double[] weights;
			long[] sorted;
			if (allSameWeight()) {
				Arrays.sort(keyed);
				sorted = keyed;
				weights = new double[this.size];
				Arrays.fill(weights, (this.size > 0) ? this.w[0] : 1.0);
			}
			else {
				order = new Integer[this.size];
				for (int i = 0; i < this.size; i++) {
					order[i] = i;
				}
				Arrays.sort(order, (a, b) -> Long.compare(this.pairs[a], this.pairs[b]));
				sorted = new long[this.size];
				weights = new double[this.size];
				for (int i = 0; i < this.size; i++) {
					sorted[i] = this.pairs[order[i]];
					weights[i] = this.w[order[i]];
				}
			}
			int m = 0;
			for (int i = 0; i < sorted.length; i++) {
				if (m == 0 || sorted[m - 1] != sorted[i]) {
					sorted[m] = sorted[i];
					weights[m++] = weights[i];
				}
			}
			int[] offsets = new int[this.n + 1];
			int[] targets = new int[m];
			double[] ws = Arrays.copyOf(weights, m);
			for (int i = 0; i < m; i++) {
				offsets[(int) (sorted[i] >>> 32) + 1]++;
				targets[i] = (int) sorted[i];
			}
			for (int v = 0; v < this.n; v++) {
				offsets[v + 1] += offsets[v];
			}
			boolean[] live = new boolean[this.n];
			Arrays.fill(live, true);
			if (!this.directed) {
				return new AnalysisGraph(this.n, false, offsets, targets, ws, offsets, targets, live);
			}
			int[] inOffsets = new int[this.n + 1];
			for (int t : targets) {
				inOffsets[t + 1]++;
			}
			for (int v = 0; v < this.n; v++) {
				inOffsets[v + 1] += inOffsets[v];
			}
			int[] inTargets = new int[m];
			int[] pos = Arrays.copyOf(inOffsets, this.n);
			for (int u = 0; u < this.n; u++) {
				for (int s = offsets[u]; s < offsets[u + 1]; s++) {
					inTargets[pos[targets[s]]++] = u; // u ascending: in-lists come out
														// sorted
				}
			}
			return new AnalysisGraph(this.n, true, offsets, targets, ws, inOffsets, inTargets, live);
		}

		private boolean allSameWeight() {
			for (int i = 1; i < this.size; i++) {
				if (this.w[i] != this.w[0]) {
					return false;
				}
			}
			return true;
		}

	}

}
