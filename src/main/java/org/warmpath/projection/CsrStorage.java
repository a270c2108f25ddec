package org.warmpath.projection;

import java.util.Arrays;

/**
 * The base adjacency of a {@link KnowsGraph}, kept apart from the id index and the
 * live/dead flags because its structure ({@code offsets}, {@code targets}) never changes
 * after {@link KnowsGraphBuilder#build}: readers may share those arrays freely (the
 * search kernels, the analytics view). Only a re-rated or removed tie writes here: its
 * two slots' {@code code}, each one atomic store. The arrays indexed by person have
 * {@code capacity + 1} entries: the spare people's lists are empty.
 *
 * <p>
 * Layout (CSR, compressed sparse rows): person {@code v} owns the directed slots
 * {@code offsets[v] .. offsets[v+1]-1}; slot {@code s} leads to {@code targets[s]} at the
 * cost and strength of code {@code code[s]} ({@link CostCodes}; 0 for a removed tie).
 * Each neighbour list is sorted by target index, so a tie lookup is a binary search and
 * common neighbours are a merge. Ties (undirected edges) are numbered {@code 0..m-1} in
 * (lower index, higher index) order, so the tie of a slot, the slot of a tie and the
 * people of a tie are computed (O(log degree), O(log n)) rather than stored: 12 bytes per
 * tie in all (two targets, two codes).
 */
final class CsrStorage {

	/** People the base was built with (more may be added in place, up to capacity). */
	final int n;

	final int m;

	final int[] offsets;

	final int[] targets;

	/** Cost code per directed slot, 0 when the tie is removed. */
	final char[] code;

	/** What the codes stand for. */
	final CostCodes codes;

	/**
	 * Number of ties whose lower endpoint is below v: ties of lower endpoint v are
	 * contiguous.
	 */
	final int[] firstTie;

	CsrStorage(int n, int m, int[] offsets, int[] targets, char[] code, CostCodes codes, int[] firstTie) {
		this.n = n;
		this.m = m;
		this.offsets = offsets;
		this.targets = targets;
		this.code = code;
		this.codes = codes;
		this.firstTie = firstTie;
	}

	/** Slot of the tie from {@code a} to {@code b}, or -1. O(log degree). */
	int slotOf(int a, int b) {
		int i = Arrays.binarySearch(this.targets, this.offsets[a], this.offsets[a + 1], b);
		return (i >= 0) ? i : -1;
	}

	/**
	 * Tie index of the slot from {@code u} (its owner) to {@code targets[slot]}: O(1)
	 * from the lower endpoint, O(log degree) from the higher one.
	 */
	int tieOfSlot(int u, int slot) {
		int v = this.targets[slot];
		if (u < v) {
			return this.firstTie[u + 1] - (this.offsets[u + 1] - slot);
		}
		int back = slotOf(v, u);
		return this.firstTie[v + 1] - (this.offsets[v + 1] - back);
	}

	/** Person owning a directed slot. O(log n). */
	int ownerOf(int slot) {
		return lastAtMost(this.offsets, this.n, slot);
	}

	/**
	 * The slot of tie {@code tie} owned by its lower endpoint (ties of one lower endpoint
	 * are its last slots, in order). O(log n).
	 */
	int slotOfTie(int tie) {
		if (tie < 0 || tie >= this.m) {
			throw new IllegalArgumentException("no tie with index " + tie);
		}
		int u = lastAtMost(this.firstTie, this.n, tie);
		return this.offsets[u + 1] - (this.firstTie[u + 1] - tie);
	}

	/** The two people of tie {@code tie}, lower index first. O(log n). */
	int[] tieEndpoints(int tie) {
		if (tie < 0 || tie >= this.m) {
			throw new IllegalArgumentException("no tie with index " + tie);
		}
		int u = lastAtMost(this.firstTie, this.n, tie);
		int v = this.targets[this.offsets[u + 1] - (this.firstTie[u + 1] - tie)];
		return new int[] { u, v };
	}

	/** Strength of tie {@code tie}, 0 once removed. O(log n). */
	float tieStrength(int tie) {
		return this.codes.strength[this.code[slotOfTie(tie)]];
	}

	/**
	 * Strength of every slot as a double, aligned with {@link #targets} (0 for a removed
	 * tie). O(m) time, 8 bytes per slot.
	 */
	double[] slotStrengths() {
		double[] out = new double[this.targets.length];
		float[] strength = this.codes.strength;
		for (int s = 0; s < out.length; s++) {
			out[s] = strength[this.code[s]];
		}
		return out;
	}

	/** Largest i in [0, len) with a[i] &lt;= key, for a sorted a with a[0] &lt;= key. */
	private static int lastAtMost(int[] a, int len, int key) {
		int lo = 0;
		int hi = len - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (a[mid] <= key) {
				lo = mid;
			}
			else {
				hi = mid - 1;
			}
		}
		return lo;
	}

}
