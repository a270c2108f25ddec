package org.warmpath.paths;

import java.util.Arrays;

import org.warmpath.projection.Lanes;

/**
 * Working memory of the search kernels, per lane of the web's run queue (per thread
 * outside lanes): epoch-stamped arrays, so starting a query is O(1).
 *
 * <p>
 * One per lane of the web's run queue, or per thread outside lanes ({@link #acquire},
 * {@link Lanes}), kept for the life of the lane or thread and across graph versions:
 * every array is read only under a generation stamp (the epochs) that each query
 * advances, so a new projection needs no reset and no reallocation. Sized to the largest
 * graph the lane or thread has searched, with an eighth to spare so a graph that grows by
 * a few people does not reallocate; a bigger graph grows it, a smaller one never shrinks
 * it. Why: a pool bounded by the number of cores and dropped at every rebuild made every
 * search beyond the pool allocate about 62 bytes per person (62 MB at 1M people).
 */
final class SearchScratch {

	private static final Lanes.Local<SearchScratch> HELD = new Lanes.Local<>(null);

	final int n;

	/** Whether a search of this thread holds it (a nested search gets its own). */
	private boolean busy;

	// excluded intermediaries (avoid set plus Yen's root path)
	final int[] excl;

	int exclEpoch;

	// neighbours of the source whose tie may not be the first step (Yen's spur)
	int[] banned = new int[16];

	int bannedCount;

	/**
	 * Node weights of the likeliest mode, indexed like the graph ({@code -ln} of each
	 * person's responsiveness), or null for the warmest and fewest modes; set for one
	 * search.
	 */
	double[] weights;

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

	/**
	 * This lane's (or thread's) scratch, grown first when {@code nodes} people do not
	 * fit; release it with {@link #release}. A search nested in another on the same
	 * thread (none today) gets a fresh area rather than the one in use.
	 * @param nodes people in the graph about to be searched
	 * @return working memory for at least {@code nodes} people
	 */
	static SearchScratch acquire(int nodes) {
		SearchScratch x = HELD.get();
		if (x != null && x.busy) {
			return new SearchScratch(nodes);
		}
		if (x == null || x.n < nodes) {
			x = new SearchScratch(nodes + (nodes >> 3));
			HELD.set(x);
		}
		x.busy = true;
		return x;
	}

	/** Gives this thread's scratch back after a search. */
	void release() {
		this.busy = false;
		this.weights = null;
	}

	/**
	 * This lane's (or thread's) scratch, null before its first search (tests check reuse
	 * with it).
	 */
	static SearchScratch ofThisThread() {
		return HELD.get();
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
