package org.warmpath.bench;

import java.util.Arrays;

import org.warmpath.projection.KnowsGraph;

/**
 * Plain, uncapped bidirectional Dijkstra on CSR arrays copied from a {@link KnowsGraph},
 * with the consent rule (only open people in the middle). Benchmark-only: the production
 * kernels cannot run uncapped (their labels hold at most {@code SearchLimits.MAX_HOPS}
 * hops), so this is what "our arrays, no hop cap" costs, for a like-for-like ratio with
 * NetworkX's {@code bidirectional_dijkstra}. Single-threaded use only.
 */
final class ArrayDijkstra {

	private final int n;

	private final int[] off;

	private final int[] tg;

	private final double[] cost;

	private final boolean[] open;

	private final double[] distF;

	private final double[] distB;

	private final int[] hopF;

	private final int[] hopB;

	private final int[] markF;

	private final int[] markB;

	private final boolean[] doneF;

	private final boolean[] doneB;

	private int epoch;

	private final Heap heapF;

	private final Heap heapB;

	/** Hops of the last path found (-1 when none). */
	int lastHops;

	ArrayDijkstra(KnowsGraph g) {
		this.n = g.nodeCount();
		this.off = new int[this.n + 1];
		for (int v = 0; v < this.n; v++) {
			this.off[v + 1] = this.off[v] + g.neighbours(v).length;
		}
		this.tg = new int[this.off[this.n]];
		this.cost = new double[this.off[this.n]];
		this.open = new boolean[this.n];
		int[] pos = Arrays.copyOf(this.off, this.n);
		for (int v = 0; v < this.n; v++) {
			this.open[v] = g.isOpen(v) && !g.isRemoved(v);
			final int vv = v;
			g.forEachNeighbour(v, (w, strength, tie) -> {
				int p = pos[vv]++;
				this.tg[p] = w;
				this.cost[p] = -Math.log((float) strength);
			});
		}
		this.distF = new double[this.n];
		this.distB = new double[this.n];
		this.hopF = new int[this.n];
		this.hopB = new int[this.n];
		this.markF = new int[this.n];
		this.markB = new int[this.n];
		this.doneF = new boolean[this.n];
		this.doneB = new boolean[this.n];
		this.heapF = new Heap(1024);
		this.heapB = new Heap(1024);
	}

	/** Cost of the warmest uncapped path, or +Infinity when there is none. */
	double warmest(int s, int t) {
		this.lastHops = -1;
		if (s == t) {
			this.lastHops = 0;
			return 0;
		}
		int ep = ++this.epoch;
		this.heapF.clear();
		this.heapB.clear();
		touch(this.markF, this.distF, this.hopF, this.doneF, s, ep);
		touch(this.markB, this.distB, this.hopB, this.doneB, t, ep);
		this.distF[s] = 0;
		this.hopF[s] = 0;
		this.distB[t] = 0;
		this.hopB[t] = 0;
		this.heapF.push(0, s);
		this.heapB.push(0, t);
		double mu = Double.POSITIVE_INFINITY;
		int muHops = -1;
		while (!this.heapF.isEmpty() && !this.heapB.isEmpty()) {
			double kf = this.heapF.peekKey();
			double kb = this.heapB.peekKey();
			if (kf + kb >= mu) {
				break;
			}
			boolean fwd = kf <= kb;
			Heap heap = fwd ? this.heapF : this.heapB;
			double[] dist = fwd ? this.distF : this.distB;
			int[] hop = fwd ? this.hopF : this.hopB;
			int[] mark = fwd ? this.markF : this.markB;
			boolean[] done = fwd ? this.doneF : this.doneB;
			double[] odist = fwd ? this.distB : this.distF;
			int[] ohop = fwd ? this.hopB : this.hopF;
			int[] omark = fwd ? this.markB : this.markF;
			int root = fwd ? s : t;
			double c = heap.peekKey();
			int v = heap.pop();
			if (done[v] || c > dist[v]) {
				continue;
			}
			done[v] = true;
			if (v != root && !this.open[v]) {
				continue; // an endpoint reached from the other side: never passed through
			}
			for (int slot = this.off[v], e = this.off[v + 1]; slot < e; slot++) {
				int w = this.tg[slot];
				if (!this.open[w] && w != s && w != t) {
					continue;
				}
				double nc = c + this.cost[slot];
				if (mark[w] != ep) {
					touch(mark, dist, hop, done, w, ep);
				}
				if (nc < dist[w]) {
					dist[w] = nc;
					hop[w] = hop[v] + 1;
					heap.push(nc, w);
				}
				if (omark[w] == ep && odist[w] != Double.POSITIVE_INFINITY) {
					double tot = dist[w] + odist[w];
					if (tot < mu) {
						mu = tot;
						muHops = hop[w] + ohop[w];
					}
				}
			}
		}
		this.lastHops = muHops;
		return mu;
	}

	private static void touch(int[] mark, double[] dist, int[] hop, boolean[] done, int v, int ep) {
		mark[v] = ep;
		dist[v] = Double.POSITIVE_INFINITY;
		hop[v] = -1;
		done[v] = false;
	}

	/** Binary min-heap of (double key, int value) with lazy deletion. */
	static final class Heap {

		private double[] keys;

		private int[] vals;

		private int size;

		Heap(int cap) {
			this.keys = new double[cap];
			this.vals = new int[cap];
		}

		void clear() {
			this.size = 0;
		}

		boolean isEmpty() {
			return this.size == 0;
		}

		double peekKey() {
			return this.keys[0];
		}

		void push(double k, int v) {
			if (this.size == this.keys.length) {
				this.keys = Arrays.copyOf(this.keys, this.size * 2);
				this.vals = Arrays.copyOf(this.vals, this.size * 2);
			}
			int i = this.size++;
			while (i > 0) {
				int p = (i - 1) >>> 1;
				if (this.keys[p] <= k) {
					break;
				}
				this.keys[i] = this.keys[p];
				this.vals[i] = this.vals[p];
				i = p;
			}
			this.keys[i] = k;
			this.vals[i] = v;
		}

		int pop() {
			int top = this.vals[0];
			int last = --this.size;
			if (last > 0) {
				double k = this.keys[last];
				int v = this.vals[last];
				int i = 0;
				while (true) {
					int l = 2 * i + 1;
					if (l >= last) {
						break;
					}
					int r = l + 1;
					int m = (r < last && this.keys[r] < this.keys[l]) ? r : l;
					if (this.keys[m] >= k) {
						break;
					}
					this.keys[i] = this.keys[m];
					this.vals[i] = this.vals[m];
					i = m;
				}
				this.keys[i] = k;
				this.vals[i] = v;
			}
			return top;
		}

	}

}
