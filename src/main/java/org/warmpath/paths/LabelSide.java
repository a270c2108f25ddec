package org.warmpath.paths;

import java.util.Arrays;

/**
 * One side of a hop-capped label-setting search: labels (person, hops) with their best
 * cost and parent, kept for the people the search touched only (a person is given a local
 * slot on first touch, found through an epoch-stamped array, so a query neither clears
 * nor allocates O(n) memory), plus a binary heap of (cost, hops, label) with lazy
 * deletion. Reused across the queries of one thread.
 */
final class LabelSide {

	/** Labels per person: hops 0..6, padded to a power of two. */
	static final int STRIDE = 8;

	static final byte NONE = STRIDE;

	private final int[] mark;

	private final int[] loc;

	private int epoch;

	int size;

	int[] node = new int[1024];

	/**
	 * Fewest hops of a settled label of the person, {@link #NONE} when none is settled.
	 */
	byte[] settled = new byte[1024];

	double[] dist = new double[1024 * STRIDE];

	int[] parLoc = new int[1024 * STRIDE];

	private double[] hk = new double[1024];

	private int[] hs = new int[1024];

	private int hn;

	LabelSide(int n) {
		this.mark = new int[n];
		this.loc = new int[n];
	}

	void reset() {
		if (++this.epoch == 0) {
			Arrays.fill(this.mark, 0);
			this.epoch = 1;
		}
		this.size = 0;
		this.hn = 0;
	}

	int find(int v) {
		return (this.mark[v] == this.epoch) ? this.loc[v] : -1;
	}

	/** Makes room for {@code more} new people without reallocating during a scan. */
	void ensure(int more) {
		int need = this.size + more;
		if (need > this.node.length) {
			int cap = Math.max(need, this.node.length * 2);
			this.node = Arrays.copyOf(this.node, cap);
			this.settled = Arrays.copyOf(this.settled, cap);
			this.dist = Arrays.copyOf(this.dist, cap * STRIDE);
			this.parLoc = Arrays.copyOf(this.parLoc, cap * STRIDE);
		}
	}

	/** Local slot of person v, created (no labels, nothing settled) on first touch. */
	int touch(int v) {
		if (this.mark[v] == this.epoch) {
			return this.loc[v];
		}
		ensure(1);
		int l = this.size++;
		this.mark[v] = this.epoch;
		this.loc[v] = l;
		this.node[l] = v;
		this.settled[l] = NONE;
		Arrays.fill(this.dist, l * STRIDE, l * STRIDE + STRIDE, Double.POSITIVE_INFINITY);
		return l;
	}

	boolean heapEmpty() {
		return this.hn == 0;
	}

	/**
	 * Key of the best live heap entry (stale and dominated entries are dropped), or +inf
	 * when the heap is empty.
	 */
	double peekValid() {
		while (this.hn > 0) {
			int st = this.hs[0];
			double k = this.hk[0];
			if (k > this.dist[st] || (st & (STRIDE - 1)) >= this.settled[st >>> 3]) {
				pop();
				continue;
			}
			return k;
		}
		return Double.POSITIVE_INFINITY;
	}

	private static boolean less(double k1, int s1, double k2, int s2) {
		return k1 < k2 || (k1 == k2 && (s1 & (STRIDE - 1)) < (s2 & (STRIDE - 1)));
	}

	void push(double key, int state) {
		if (this.hn == this.hk.length) {
			this.hk = Arrays.copyOf(this.hk, this.hn * 2);
			this.hs = Arrays.copyOf(this.hs, this.hn * 2);
		}
		int i = this.hn++;
		double[] k = this.hk;
		int[] s = this.hs;
		while (i > 0) {
			int p = (i - 1) >>> 1;
			if (!less(key, state, k[p], s[p])) {
				break;
			}
			k[i] = k[p];
			s[i] = s[p];
			i = p;
		}
		k[i] = key;
		s[i] = state;
	}

	/** Removes the top entry and returns its state. */
	int pop() {
		double[] k = this.hk;
		int[] s = this.hs;
		int top = s[0];
		int n = --this.hn;
		if (n > 0) {
			double key = k[n];
			int state = s[n];
			int i = 0;
			while (true) {
				int c = 2 * i + 1;
				if (c >= n) {
					break;
				}
				if (c + 1 < n && less(k[c + 1], s[c + 1], k[c], s[c])) {
					c++;
				}
				if (!less(k[c], s[c], key, state)) {
					break;
				}
				k[i] = k[c];
				s[i] = s[c];
				i = c;
			}
			k[i] = key;
			s[i] = state;
		}
		return top;
	}

}
