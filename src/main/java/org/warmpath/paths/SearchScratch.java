package org.warmpath.paths;

import java.util.Arrays;

/**
 * Per-thread working memory of the search kernels, sized for one projection and reused by
 * every query of that thread: epoch-stamped arrays, so starting a query is O(1).
 */
final class SearchScratch {

	final int n;

	// excluded intermediaries (avoid set plus Yen's root path)
	final int[] excl;

	int exclEpoch;

	// neighbours of the source whose tie may not be the first step (Yen's spur)
	int[] banned = new int[16];

	int bannedCount;

	// bidirectional BFS
	final int[] markF;

	final int[] markB;

	final byte[] distF;

	final byte[] distB;

	final double[] costF;

	final double[] costB;

	final int[] parF;

	final int[] parB;

	final int[] queueF;

	final int[] queueB;

	int bfsEpoch;

	/** BFS depth each side completed in the last successful fewest-hops search. */
	int depthF;

	int depthB;

	// label-setting
	final LabelSide forward;

	final LabelSide backward;

	SearchScratch(int n) {
		this.n = n;
		this.excl = new int[n];
		this.markF = new int[n];
		this.markB = new int[n];
		this.distF = new byte[n];
		this.distB = new byte[n];
		this.costF = new double[n];
		this.costB = new double[n];
		this.parF = new int[n];
		this.parB = new int[n];
		this.queueF = new int[n];
		this.queueB = new int[n];
		this.forward = new LabelSide(n);
		this.backward = new LabelSide(n);
	}

	/** Starts a new set of excluded intermediaries and clears the banned first steps. */
	void exclude(int[] avoid, int[] blocked, int blockedLen) {
		if (++this.exclEpoch == 0) {
			Arrays.fill(this.excl, 0);
			this.exclEpoch = 1;
		}
		for (int v : avoid) {
			if (v >= 0 && v < this.n) {
				this.excl[v] = this.exclEpoch;
			}
		}
		for (int i = 0; i < blockedLen; i++) {
			this.excl[blocked[i]] = this.exclEpoch;
		}
		this.bannedCount = 0;
	}

	void ban(int neighbour) {
		if (this.bannedCount == this.banned.length) {
			this.banned = Arrays.copyOf(this.banned, this.bannedCount * 2);
		}
		this.banned[this.bannedCount++] = neighbour;
	}

	boolean isBanned(int v) {
		for (int i = 0; i < this.bannedCount; i++) {
			if (this.banned[i] == v) {
				return true;
			}
		}
		return false;
	}

	int nextBfsEpoch() {
		if (++this.bfsEpoch == 0) {
			Arrays.fill(this.markF, 0);
			Arrays.fill(this.markB, 0);
			this.bfsEpoch = 1;
		}
		return this.bfsEpoch;
	}

}
