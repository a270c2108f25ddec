package org.warmpath.projection;

import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The dictionary behind a graph's 16-bit cost codes: code {@code k} stands for the
 * strength {@code strength[k]} (a float, as the graph has always kept strengths) and its
 * cost {@code cost[k] = -ln(strength[k])}, computed once in double. Each directed slot
 * stores a code (2 bytes) instead of a double cost (8 bytes) plus a float strength per
 * tie (4 bytes): that is what brings the graph to 12 bytes per tie (two int targets, two
 * codes), so that with the 8-byte tie details the projection holds 20 bytes per tie
 * (issue 13).
 *
 * <p>
 * Code 0 is a removed (dead) tie: cost +infinity, strength 0, so the kernels' one read of
 * the code is also the dead check. Codes are handed out in the order strengths are first
 * seen; strengths are exact (the same float as before) while a graph has at most
 * {@value #MAX_CODE} distinct strengths, which real networks and the demo (101 values,
 * two decimals) stay far below. Past that, a new strength takes the code of the nearest
 * cost already held, and {@link #approximated()} counts it; compaction builds a fresh
 * dictionary from the live ties only.
 *
 * <p>
 * The two tables are allocated whole (65,536 entries, 768 KiB per graph) and never
 * replaced, so a search that read a code always finds its entry: an entry is written
 * before any slot takes its code. Writers ({@link #code}) are serialised by the graph's
 * lock (or run before the graph is shared, at build).
 */
final class CostCodes {

	/** Largest code. */
	static final int MAX_CODE = 0xffff;

	/** Cost per code; entry 0 is +infinity. The live array: never write it. */
	final double[] cost = new double[MAX_CODE + 1];

	/** Strength per code; entry 0 is 0. */
	final float[] strength = new float[MAX_CODE + 1];

	/** Open addressing: float bits + 1 (0 = empty) and the code at the same place. */
	private int[] keys = new int[256];

	private char[] values = new char[256];

	private int size;

	private int approximated;

	/** Codes 1..MAX_CODE sorted by cost, made once the dictionary is full. */
	private int[] byCost;

	CostCodes() {
		this.cost[0] = Double.POSITIVE_INFINITY;
	}

	/** The code of strength {@code s} in (0, 1], added when new. */
	char code(float s) {
		int bits = Float.floatToIntBits(s);
		int mask = this.keys.length - 1;
		int p = mix(bits) & mask;
		while (this.keys[p] != 0) {
			if (this.keys[p] == bits + 1) {
				return this.values[p];
			}
			p = (p + 1) & mask;
		}
		if (this.size == MAX_CODE) {
			this.approximated++;
			return nearest(s);
		}
		char k = (char) ++this.size;
		double c = -Math.log(s);
		this.cost[k] = (c == 0.0) ? 0.0 : c; // no negative zero
		this.strength[k] = s;
		this.keys[p] = bits + 1;
		this.values[p] = k;
		// the entry is visible before any slot's store of the code that the caller makes
		VarHandle.releaseFence();
		if (2 * this.size > this.keys.length) {
			grow();
		}
		return k;
	}

	/** Codes in use (code 0 excluded). */
	int size() {
		return this.size;
	}

	/** Strengths given the code of a nearby one because the dictionary was full. */
	int approximated() {
		return this.approximated;
	}

	long memoryBytes() {
		return 32 + 16 + 8L * this.cost.length + 16 + 4L * this.strength.length + 16 + 4L * this.keys.length + 16
				+ ((2L * this.values.length + 7) & ~7L) + ((this.byCost != null) ? 16 + 4L * MAX_CODE : 0);
	}

	/** The code whose cost is nearest to that of {@code s}. O(log MAX_CODE). */
	private char nearest(float s) {
		if (this.byCost == null) {
			Integer[] codes = new Integer[MAX_CODE];
			for (int k = 1; k <= MAX_CODE; k++) {
				codes[k - 1] = k;
			}
			Arrays.sort(codes, (x, y) -> Double.compare(this.cost[x], this.cost[y]));
			this.byCost = Arrays.stream(codes).mapToInt(Integer::intValue).toArray();
		}
		double c = -Math.log(s);
		int lo = 0;
		int hi = MAX_CODE - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.cost[this.byCost[mid]] < c) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		int best = this.byCost[lo];
		if (lo > 0 && c - this.cost[this.byCost[lo - 1]] < this.cost[best] - c) {
			best = this.byCost[lo - 1];
		}
		return (char) best;
	}

	private void grow() {
		int[] oldKeys = this.keys;
		char[] oldValues = this.values;
		this.keys = new int[oldKeys.length * 2];
		this.values = new char[oldKeys.length * 2];
		int mask = this.keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				int p = mix(oldKeys[i] - 1) & mask;
				while (this.keys[p] != 0) {
					p = (p + 1) & mask;
				}
				this.keys[p] = oldKeys[i];
				this.values[p] = oldValues[i];
			}
		}
	}

	private static int mix(int h) {
		h *= 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
