package org.warmpath.mentorsearch;

import java.util.Arrays;

import org.warmpath.paths.SearchTimeoutException;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Lanes;

/**
 * Reachability and scores of the candidates, searching only as far as the top k needs.
 *
 * <p>
 * Why: the reachability term is the only part of a score that needs the graph, and the
 * full hop-bounded search from the mentee reaches most of a dense network within four
 * hops (about 30 ms at 100k people / 1M ties) to return ten mentors. Here the search is a
 * hop-bounded Dijkstra over (person, hops) labels, so people are settled in order of
 * cost: a candidate not settled yet has cost at least the current one, hence a score at
 * most its fixed part (fit, capacity, experience) plus the reachability weight times
 * {@code exp(-current cost)}. Once k rankable candidates are settled and no unsettled
 * candidate's bound reaches the k-th best settled score, the rest cannot enter the top k
 * and the search stops. The costs it settles are the ones the full search gives (both are
 * the least left-to-right sum over walks of at most H ties through open people), so the
 * answer is the same.
 *
 * <p>
 * Programme pools (issue 15) are a candidate set merged into the same search, not a
 * second ranking: a pooled candidate's reachability is the larger of its network warmth
 * and the pool's ({@code poolReach}). While the search's current cost is below
 * {@code -ln(poolReach)} the network can only do better than the pool, so pooled
 * candidates are bounded like the others; once it reaches that cost every pooled
 * candidate not settled yet has its final score (the pool's reachability), so they are
 * all settled at once, and the search goes on (or stops) as before. Whether a pooled
 * candidate settled that way is also reachable through the network is known only if the
 * search goes on to pop it (or exhausts the neighbourhood); otherwise it is reported as
 * unknown, and for the few it returns the caller asks {@link #networkReaches} (a
 * breadth-first check from both ends, no costs) before spelling out a path.
 *
 * <p>
 * Once k rankable candidates are settled, the stop test also gives a cost from which no
 * label can ever be popped before the search stops ({@link #cut}); such labels are not
 * pushed at all (on a dense network most relaxations of the last few thousand people
 * settled are of that kind, and each was a heap push and a person's state read). A search
 * that left a label out counts as stopped: the original would have stopped on that label
 * at the latest.
 *
 * <p>
 * A search still going after {@value #CHECK_EVERY} labels is most often held open by a
 * handful of candidates whose fixed part alone comes close to the k-th best: far from the
 * mentee or out of reach, they keep the bound up until the search has settled every
 * cheaper label of the neighbourhood (the slowest tenth of requests settled 20x the
 * labels of the rest). Those few get their exact cost from both ends ({@link #exactCost}:
 * the mentee's costs to half the hop cap, joined with walks back from the candidate over
 * the other half), the same cost bit for bit, and the search stops as soon as the test
 * allows.
 *
 * <p>
 * Scratch is per lane of the web's run queue (per thread outside lanes, {@link Lanes}),
 * sized to the graph's capacity and kept across graph versions (epoch stamps, nothing
 * cleared per request); the search's state of a person is one 16-byte slot
 * ({@code state}), read once per relaxed tie.
 */
final class ReachRanking {

	/** Added to a bound so a rounding difference can never stop the search early. */
	private static final double SLACK = 1e-9;

	/** Buckets of a candidate's fixed part (at most 0.65) for the stop test. */
	private static final int BUCKETS = 4096;

	private static final double BUCKET_SCALE = BUCKETS / 0.7;

	private static final int DEADLINE_EVERY = 4095;

	/**
	 * Labels a search settles before (and between) its looks for the few candidates that
	 * hold it open ({@link #settleBlockers}): most searches stop well before.
	 */
	private static final int CHECK_EVERY = 1024;

	/**
	 * {@link #CHECK_EVERY}, lowered by tests so that every search takes the long search's
	 * path (on their small graphs no search runs long).
	 */
	private static volatile int checkEvery = CHECK_EVERY;

	/** At most this many candidates are given their exact cost per look. */
	private static final int MAX_BLOCKERS = 32;

	private static final long EPOCH = 0xFFFFFFFF00000000L;

	private static final long SETTLED = 1L << 16;

	private static final Lanes.Local<ReachRanking> SCRATCH = new Lanes.Local<>(ReachRanking::new);

	private int epoch;

	/** The two balls of {@link #networkReaches}: reached from the mentee, the mentor. */
	private int[] popEp = new int[0];

	private int[] seenEp = new int[0];

	/** Candidate position of a person in this epoch. */
	private int[] candEp = new int[0];

	private int[] candPos = new int[0];

	/** Introducer at their quota in this epoch: reached, never passed through. */
	private int[] avoidEp = new int[0];

	/**
	 * The mentee's half-way costs of {@link #exactCost}: in this epoch, the least cost of
	 * a walk of at most half the hop cap to each person ({@code halfCost}), and the layer
	 * in which it last improved ({@code halfLayer}).
	 */
	private int[] halfEp = new int[0];

	private double[] halfCost = new double[0];

	private int[] halfLayer = new int[0];

	/** The half-way layers' people and relaxations. */
	private int[] frontier = new int[256];

	private int[] relaxedTo = new int[1024];

	private double[] relaxedCost = new double[1024];

	/** Costs of the ties of a suffix being enumerated, last tie first. */
	private double[] suffix = new double[8];

	/** Candidates given their exact cost by the last search. */
	private int exact;

	/** The last search's candidates by bucket, made at its first look (null before). */
	private Blockers blockers;

	/** Whether the last search has its {@link #half} costs. */
	private boolean halfDone;

	/**
	 * The ranking search's state per person, two longs each: at {@code 2v} the epoch
	 * (high 32 bits), a settled flag, the fewest hops it was settled with (bits 8-15) and
	 * the hops of its cheapest label pushed (bits 0-7); at {@code 2v + 1} the raw bits of
	 * that label's cost. Why one array: each relaxed tie reads all of it for a random
	 * person, and five arrays were five cache misses where this is one.
	 */
	private long[] state = new long[0];

	/** Binary min-heap of labels: cost, and person << 3 | hops. */
	private double[] heapCost = new double[1024];

	private int[] heapLabel = new int[1024];

	private int heapSize;

	/** What the last ranking search on this thread did ({@link #lastWork}). */
	private int workPopped;

	private int workPushed;

	private boolean workStopped;

	private boolean workLeftOut;

	/** {@code network[i]}: reached through the network within the hop cap. */
	static final byte REACHED = 1;

	/** {@code network[i]}: not reachable through the network within the hop cap. */
	static final byte UNREACHED = 0;

	/**
	 * {@code network[i]}: a pooled candidate scored by its pool before the search reached
	 * it; whether a path exists is not known.
	 */
	static final byte UNKNOWN = -1;

	private ReachRanking() {
	}

	/**
	 * What one ranking search did, read back by the thread that ran it: kept in the
	 * thread's scratch (plain fields, no shared counter written per search on the hot
	 * path) for the tests that check the search stops early and leaves labels out, and
	 * for the benchmark that shows why a request was slow.
	 *
	 * @param popped labels settled: popped off the heap and expanded (not those popped
	 * only to be dropped as dominated)
	 * @param pushed labels pushed
	 * @param stopped whether the search stopped before exhausting the hop-bounded
	 * neighbourhood
	 * @param leftOut whether it left labels out past the stop test's cost
	 * @param exact candidates holding a long search open that were given their exact cost
	 * from both ends ({@link #settleBlockers})
	 */
	record Work(int popped, int pushed, boolean stopped, boolean leftOut, int exact) {

		static final Work NONE = new Work(0, 0, false, false, 0);

	}

	/**
	 * What the last {@link #rank} on this thread searched (zeros when it needed no
	 * search).
	 */
	static Work lastWork() {
		ReachRanking r = SCRATCH.get();
		return new Work(r.workPopped, r.workPushed, r.workStopped, r.workLeftOut, r.exact);
	}

	/**
	 * Fills {@code reach} and {@code score} for the candidates the top {@code k} needs;
	 * the others get score -infinity (they rank after every candidate that can be
	 * returned).
	 * @param graph the projection
	 * @param source the mentee's index, -1 when not projected
	 * @param targets each candidate's index, -1 when not projected
	 * @param rankable candidates that may be returned (others are skipped by the caller)
	 * @param k how many rankable candidates are returned
	 * @param maxHops hop cap
	 * @param cap each candidate's capacity, capacity left and experience
	 * @param fit each candidate's fit
	 * @param fixed each candidate's score without reachability,
	 * {@code cap.score(i, fit[i], 0)} bit for bit (its bound, with the most reachability
	 * left added)
	 * @param pooled candidates in one of the programme pools searched
	 * @param pooledAt the positions of the pooled candidates (so settling the pools is
	 * O(pool size))
	 * @param poolReach the reachability a pool gives, in (0, 1]
	 * @param reach out: reachability
	 * @param score out: score
	 * @param network out: {@link #REACHED}, {@link #UNREACHED} or {@link #UNKNOWN}
	 * @param deadline nano time after which the search gives up
	 * @param avoid people no walk passes through (introducers at their quota), reached
	 * all the same
	 * @return whether the search stopped before exhausting the hop-bounded neighbourhood
	 */
	static boolean rank(KnowsGraph graph, int source, int[] targets, boolean[] rankable, int k, int maxHops,
			Capacities cap, double[] fit, double[] fixed, boolean[] pooled, int[] pooledAt, double poolReach,
			double[] reach, double[] score, byte[] network, long deadline, int[] avoid) {
		int n = targets.length;
		if (source < 0 || k <= 0 || graph.isRemoved(source)) {
			ReachRanking scratch = SCRATCH.get();
			scratch.work(0, 0, false, false);
			scratch.exact = 0;
			// nothing reachable through the network (or nothing returned): every score is
			// its fixed part and its pool's reachability
			for (int i = 0; i < n; i++) {
				reach[i] = reach(Double.POSITIVE_INFINITY, pooled[i], poolReach);
				score[i] = cap.score(i, fit[i], reach[i]);
				network[i] = UNREACHED;
			}
			return false;
		}
		return SCRATCH.get()
			.search(graph, source, targets, rankable, k, maxHops, cap, fit, fixed, pooled, pooledAt, poolReach, reach,
					score, network, deadline, avoid);
	}

	/**
	 * Whether the network reaches {@code target} from {@code source} within
	 * {@code maxHops} ties under the ranking's rules (every person in between open to
	 * introductions, not removed and not in {@code avoid}; removed ties never used): the
	 * answer for a pooled candidate the ranking scored by their pool before its search
	 * reached them ({@link #UNKNOWN}).
	 *
	 * <p>
	 * Why not the path search: reachability needs no costs, and a meet-in-the-middle
	 * breadth-first search answers it by looking at most {@code ceil(maxHops / 2)} ties
	 * out from the mentee and the rest back from the mentor (a few hundred people at four
	 * hops on a network of ten ties per person), where a warmest-path search for a mentor
	 * out of reach must exhaust the hop-bounded neighbourhood to say "none". A walk of at
	 * most H ties exists exactly when the target is within the forward ball, or some
	 * person in the backward ball who may pass introductions on (or the source) is in the
	 * forward ball too: split any such walk after its first {@code ceil(H / 2)} ties.
	 * Uses this thread's scratch (a fresh epoch; nothing cleared).
	 * @param graph the projection
	 * @param source the mentee's index (not removed)
	 * @param target the mentor's index
	 * @param maxHops hop cap
	 * @param avoid introducers at their quota (never passed through)
	 * @return whether a walk exists
	 */
	static boolean networkReaches(KnowsGraph graph, int source, int target, int maxHops, int[] avoid) {
		if (source < 0 || target < 0 || source == target || graph.isRemoved(source) || graph.isRemoved(target)) {
			return false;
		}
		return SCRATCH.get().reaches(graph, source, target, maxHops, avoid);
	}

	/**
	 * The least costs of {@link #exactCost} for each target (+infinity for the source
	 * itself and for those out of reach), as the ranking's search settles them: what the
	 * tests hold to the path finder's costs.
	 * @param graph the projection
	 * @param source the mentee's index (not removed)
	 * @param targets the candidates' indexes
	 * @param maxHops hop cap
	 * @param avoid introducers at their quota
	 * @return the costs, by target
	 */
	static double[] exactCosts(KnowsGraph graph, int source, int[] targets, int maxHops, int[] avoid) {
		ReachRanking r = SCRATCH.get();
		int ep = r.nextEpoch(graph, avoid);
		int prefixHops = (maxHops + 1) / 2;
		r.half(graph, source, prefixHops, ep);
		double[] costs = new double[targets.length];
		for (int i = 0; i < targets.length; i++) {
			costs[i] = (targets[i] == source) ? Double.POSITIVE_INFINITY
					: r.exactCost(graph, source, targets[i], maxHops - prefixHops, ep);
		}
		return costs;
	}

	private boolean reaches(KnowsGraph graph, int source, int target, int maxHops, int[] avoid) {
		int ep = nextEpoch(graph, avoid);
		int forward = (maxHops + 1) / 2;
		int backward = maxHops - forward;
		// the forward ball stamped in popEp, the backward one in seenEp
		ball(graph, source, forward, ep, this.popEp, source);
		if (this.popEp[target] == ep) {
			return true;
		}
		int end = ball(graph, target, backward, ep, this.seenEp, source);
		for (int i = 0; i < end; i++) {
			int m = this.heapLabel[i];
			if (this.popEp[m] == ep && passes(graph.status(), m, source, ep)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a walk may pass through {@code v}: the source, or open and not avoided. */
	private boolean passes(byte[] status, int v, int source, int ep) {
		return v == source || (status[v] == KnowsGraph.OPEN && this.avoidEp[v] != ep);
	}

	/**
	 * Breadth-first ball of {@code depth} ties around {@code root}, expanding the root
	 * and the people a walk may pass through; stamps {@code mark} and leaves the people
	 * reached in {@code heapLabel[0..returned)}.
	 */
	private int ball(KnowsGraph graph, int root, int depth, int ep, int[] mark, int source) {
		int[] off = graph.offsets();
		int[] tg = graph.targets();
		char[] code = graph.costCodes();
		byte[] status = graph.status();
		KnowsGraph.Overlay[] ov = graph.overlay();
		mark[root] = ep;
		this.heapLabel[0] = root;
		int start = 0;
		int end = 1;
		for (int d = 0; d < depth; d++) {
			int tail = end;
			for (int i = start; i < end; i++) {
				int v = this.heapLabel[i];
				if (v != root && !passes(status, v, source, ep)) {
					continue;
				}
				int[] tgs = tg;
				char[] codes = code;
				int slot = off[v];
				int se = off[v + 1];
				for (KnowsGraph.Overlay o = ov[v];; o = null) {
					for (; slot < se; slot++) {
						if (codes[slot] == 0) {
							continue;
						}
						int w = tgs[slot];
						if (mark[w] == ep || (status[w] & KnowsGraph.REMOVED) != 0) {
							continue;
						}
						mark[w] = ep;
						if (tail == this.heapLabel.length) {
							this.heapLabel = Arrays.copyOf(this.heapLabel, tail * 2);
							this.heapCost = Arrays.copyOf(this.heapCost, tail * 2);
						}
						this.heapLabel[tail++] = w;
					}
					if (o == null) {
						break;
					}
					tgs = o.targets();
					codes = o.codes();
					slot = 0;
					se = tgs.length;
				}
			}
			start = end;
			end = tail;
		}
		return end;
	}

	/**
	 * The one definition of a candidate's reachability, used by the fast and the full
	 * ranking alike: the warmth of its least-cost network walk ({@code exp(-cost)}, 0
	 * when none within the hop cap) or its pool's, whichever is larger.
	 * @param cost least cost within the hop cap, +infinity when none
	 * @param pooled whether the candidate is in a pool searched
	 * @param poolReach the reachability a pool gives
	 * @return the reachability
	 */
	static double reach(double cost, boolean pooled, double poolReach) {
		return Math.max(Double.isFinite(cost) ? Math.exp(-cost) : 0, pooled ? poolReach : 0);
	}

	/**
	 * Each candidate's capacity, capacity left and mentees before, in the catalogue's
	 * candidate order ({@code at[i]}: candidate {@code i}'s place in it), as laid out
	 * once per published candidate list: read here per candidate, they were three cache
	 * misses each at the catalogue's rows.
	 *
	 * @param at each candidate's place in the candidate order
	 * @param capacity capacity, by place
	 * @param left capacity left, by place
	 * @param before mentees before, by place
	 */
	record Capacities(int[] at, int[] capacity, int[] left, int[] before) {

		/**
		 * A candidate's score, always summed by {@link MentorSearch#score} in the same
		 * order: a score made as "fixed part + reachability part" differs from it in the
		 * last bit (0.4 x 0.4 + ... + 0.1 x 0.6 is 0.6499999999999999 one way and 0.65
		 * the other), which ranks two candidates whose scores tie in value the other way
		 * round than the full ranking does (score first, then id).
		 */
		double score(int i, double fit, double reach) {
			int j = this.at[i];
			return MentorSearch.score(fit, reach, this.capacity[j], this.left[j], this.before[j]);
		}

	}

	/**
	 * The least cost from which the network reaches no one more warmly than a pool:
	 * {@code -ln(poolReach)}, nudged up until {@code exp(-cost) <= poolReach} holds in
	 * floating point too ({@link Math#exp} is semi-monotonic, so it then holds for every
	 * larger cost, and a candidate settled by its pool at this cost has exactly the
	 * reachability {@link #reach} gives it).
	 */
	private static double poolCost(double poolReach) {
		double c = -Math.log(poolReach);
		while (Math.exp(-c) > poolReach) {
			c = Math.nextUp(c);
		}
		return c;
	}

	private boolean search(KnowsGraph graph, int source, int[] targets, boolean[] rankable, int k, int maxHops,
			Capacities cap, double[] fit, double[] fixed, boolean[] pooled, int[] pooledAt, double poolReach,
			double[] reach, double[] score, byte[] network, long deadline, int[] avoid) {
		int ep = nextEpoch(graph, avoid);
		int n = targets.length;
		double reachWeight = MentorSearch.WEIGHTS.reachability();
		boolean[] settled = new boolean[n];
		// pooled candidates not settled by the network before this cost get the pool's
		// reachability, all at once
		boolean anyPooled = pooledAt.length > 0;
		double poolCost = anyPooled ? poolCost(poolReach) : Double.POSITIVE_INFINITY;
		boolean poolsSettled = !anyPooled;
		// the k best settled rankable scores, a min-heap
		double[] best = new double[k];
		int bestN = 0;
		// unsettled rankable candidates per bucket of their fixed part, and the highest
		// bucket that may hold one: the stop test is O(1)
		int[] open = new int[BUCKETS];
		int top = -1;
		for (int i = 0; i < n; i++) {
			if (rankable[i] && targets[i] >= 0) {
				int b = bucket(fixed[i]);
				open[b]++;
				top = Math.max(top, b);
			}
		}
		for (int i = 0; i < n; i++) {
			int t = targets[i];
			if (t >= 0) {
				this.candEp[t] = ep;
				this.candPos[t] = i;
			}
			else {
				// not projected: unreachable through the network, its score is known now
				settled[i] = true;
				reach[i] = reach(Double.POSITIVE_INFINITY, pooled[i], poolReach);
				score[i] = cap.score(i, fit[i], reach[i]);
				network[i] = UNREACHED;
				if (rankable[i]) {
					bestN = offer(best, bestN, k, score[i]);
				}
			}
		}
		int[] off = graph.offsets();
		int[] tg = graph.targets();
		char[] code = graph.costCodes();
		double[] table = graph.costTable();
		byte[] status = graph.status();
		KnowsGraph.Overlay[] ov = graph.overlay();
		long[] st = this.state;
		long epHi = (long) ep << 32;
		this.heapSize = 0;
		push(0.0, source << 3);
		st[2 * source] = epHi;
		st[2 * source + 1] = Double.doubleToRawLongBits(0.0);
		long pops = 0;
		int pushed = 1;
		boolean stopped = false;
		// labels from this cost on would meet the stop test before they were popped, so
		// they are not pushed (the test's bound, solved for the cost once per change of
		// the k-th best score or of the highest open bucket)
		double cut = Double.POSITIVE_INFINITY;
		double cutBest = Double.NaN;
		int cutTop = Integer.MIN_VALUE;
		boolean pruned = false;
		int every = checkEvery;
		long nextCheck = every;
		this.blockers = null;
		this.halfDone = false;
		this.exact = 0;
		while (this.heapSize > 0) {
			double c = this.heapCost[0];
			if (!poolsSettled && c >= poolCost) {
				// from this label on the network reaches no one more warmly than their
				// pool
				poolsSettled = true;
				bestN = settlePools(pooledAt, settled, rankable, cap, fit, fixed, poolReach, reach, score, network,
						best, bestN, k, open);
			}
			int label = this.heapLabel[0];
			pop();
			int v = label >>> 3;
			int h = label & 7;
			long mv = st[2 * v];
			boolean settledBefore = (mv & SETTLED) != 0;
			if (settledBefore && ((int) (mv >>> 8) & 0xFF) <= h) {
				continue;
			}
			if (!settledBefore && v != source && this.candEp[v] == ep) {
				// first settled: c is its least cost within the hop cap
				int i = this.candPos[v];
				if (settled[i]) {
					// a pooled candidate already scored by its pool: reachable as well
					network[i] = REACHED;
				}
				else {
					settled[i] = true;
					network[i] = REACHED;
					reach[i] = reach(c, pooled[i], poolReach);
					score[i] = cap.score(i, fit[i], reach[i]);
					if (rankable[i]) {
						bestN = offer(best, bestN, k, score[i]);
						open[bucket(fixed[i])]--;
					}
				}
			}
			st[2 * v] = (mv & ~0xFF00L) | SETTLED | ((long) h << 8);
			if (h < maxHops && (v == source || (status[v] == KnowsGraph.OPEN && this.avoidEp[v] != ep))) {
				int nh = h + 1;
				int[] tgs = tg;
				char[] codes = code;
				int slot = off[v];
				int se = off[v + 1];
				for (KnowsGraph.Overlay o = ov[v];; o = null) {
					for (; slot < se; slot++) {
						int kc = codes[slot];
						if (kc == 0) {
							continue;
						}
						// cheapest checks first: the cut needs no read of the person
						double nc = c + table[kc];
						if (nc >= cut) {
							pruned = true;
							continue;
						}
						int w = tgs[slot];
						if ((status[w] & KnowsGraph.REMOVED) != 0) {
							continue;
						}
						long mw = st[2 * w];
						if ((mw & EPOCH) == epHi) {
							if ((mw & SETTLED) != 0 && ((int) (mw >>> 8) & 0xFF) <= nh) {
								continue;
							}
							double seen = Double.longBitsToDouble(st[2 * w + 1]);
							if (seen <= nc && (int) (mw & 0xFF) <= nh) {
								// dominated by a label already pushed
								continue;
							}
							if (nc < seen) {
								st[2 * w] = (mw & ~0xFFL) | nh;
								st[2 * w + 1] = Double.doubleToRawLongBits(nc);
							}
						}
						else {
							st[2 * w] = epHi | nh;
							st[2 * w + 1] = Double.doubleToRawLongBits(nc);
						}
						push(nc, (w << 3) | nh);
						pushed++;
					}
					if (o == null) {
						break;
					}
					tgs = o.targets();
					codes = o.codes();
					slot = 0;
					se = tgs.length;
				}
			}
			if ((++pops & DEADLINE_EVERY) == 0 && System.nanoTime() > deadline) {
				throw new SearchTimeoutException();
			}
			if (!poolsSettled && this.heapSize > 0 && this.heapCost[0] >= poolCost) {
				// before the stop test, whose bound would not see the pool
				poolsSettled = true;
				bestN = settlePools(pooledAt, settled, rankable, cap, fit, fixed, poolReach, reach, score, network,
						best, bestN, k, open);
			}
			if (bestN == k && this.heapSize > 0) {
				while (top >= 0 && open[top] == 0) {
					top--;
				}
				// the best any unsettled rankable candidate can score: the upper edge of
				// the highest bucket holding one, plus the most reachability left
				double bound = (top < 0) ? 0 : (top + 1) / BUCKET_SCALE;
				if (top < 0 || bound + reachWeight * Math.exp(-this.heapCost[0]) + SLACK < best[0]) {
					stopped = true;
					break;
				}
				if (pops >= nextCheck) {
					// a long search, held open by a few candidates whose bound stays
					// above the k-th best: they get their exact cost from both ends,
					// and the test is asked again (out of line: this loop's code is hot)
					nextCheck = pops + every;
					bestN = settleBlockers(graph, source, targets, rankable, maxHops, ep, top, settled, cap, fit, fixed,
							pooled, poolReach, reach, score, network, best, bestN, k, open);
					while (top >= 0 && open[top] == 0) {
						top--;
					}
					bound = (top < 0) ? 0 : (top + 1) / BUCKET_SCALE;
					if (top < 0 || bound + reachWeight * Math.exp(-this.heapCost[0]) + SLACK < best[0]) {
						stopped = true;
						break;
					}
				}
				if (poolsSettled && (best[0] != cutBest || top != cutTop)) {
					cutBest = best[0];
					cutTop = top;
					cut = cut(bound, reachWeight, best[0]);
				}
			}
		}
		// labels were left out only where the stop test would have stopped the search
		// before popping them
		if (pruned) {
			stopped = true;
		}
		work((int) pops, pushed, stopped, pruned);
		for (int i = 0; i < n; i++) {
			if (!settled[i]) {
				// stopped: cannot be among the k returned; exhausted: unreachable through
				// the network (a pooled one reached through its pool)
				reach[i] = stopped ? 0 : reach(Double.POSITIVE_INFINITY, pooled[i], poolReach);
				score[i] = stopped ? Double.NEGATIVE_INFINITY : cap.score(i, fit[i], reach[i]);
				network[i] = UNREACHED;
			}
			else if (!stopped && network[i] == UNKNOWN) {
				// exhausted without reaching it
				network[i] = UNREACHED;
			}
		}
		return stopped;
	}

	/**
	 * Rankable candidates not settled when a search first runs long, by bucket of their
	 * fixed part (a counting sort, O(candidates + buckets)).
	 */
	private static final class Blockers {

		/** Where each bucket's candidates start in {@link #members}. */
		final int[] start = new int[BUCKETS + 1];

		final int[] members;

		Blockers(int[] targets, boolean[] rankable, boolean[] settled, double[] fixed) {
			int n = targets.length;
			int count = 0;
			for (int i = 0; i < n; i++) {
				if (rankable[i] && targets[i] >= 0 && !settled[i]) {
					this.start[bucket(fixed[i]) + 1]++;
					count++;
				}
			}
			for (int b = 0; b < BUCKETS; b++) {
				this.start[b + 1] += this.start[b];
			}
			this.members = new int[count];
			int[] next = Arrays.copyOf(this.start, BUCKETS);
			for (int i = 0; i < n; i++) {
				if (rankable[i] && targets[i] >= 0 && !settled[i]) {
					this.members[next[bucket(fixed[i])]++] = i;
				}
			}
		}

	}

	/**
	 * Sets how many labels a search settles before it first looks for the candidates that
	 * hold it open, and between looks (tests: 1).
	 * @param labels the new interval
	 * @return the interval before
	 */
	static int checkEvery(int labels) {
		int before = checkEvery;
		checkEvery = labels;
		return before;
	}

	/**
	 * The lowest bucket whose unsettled candidates can still enter the top k
	 * ({@code upper edge + left + SLACK >= kth}), when those buckets (from {@code top}
	 * down) hold between 1 and {@link #MAX_BLOCKERS} of them; -1 otherwise.
	 */
	private static int lowestBlocking(int[] open, int top, double left, double kth) {
		int count = 0;
		int lowest = -1;
		for (int b = top; b >= 0 && (b + 1) / BUCKET_SCALE + left + SLACK >= kth; b--) {
			count += open[b];
			if (count > MAX_BLOCKERS) {
				return -1;
			}
			lowest = b;
		}
		return (count > 0) ? lowest : -1;
	}

	/**
	 * Why: a long search is held open by a few candidates whose fixed part alone comes
	 * close to (or above) the k-th best score: their bound stays above it until the
	 * search settles them, which for a far candidate means settling every cheaper label
	 * of the hop-bounded neighbourhood first (tens of thousands at 100k people), or all
	 * of it for one the network does not reach. When the candidates that can still enter
	 * the top k at the current cost are at most {@link #MAX_BLOCKERS}, each is given its
	 * exact cost from both ends instead ({@link #exactCost}: a few hundred ties at ten
	 * per person) and settled with its final score, as the search would have settled it;
	 * that raises the k-th best, which may leave a next few (up to four rounds). Out of
	 * the search's loop, so that loop's compiled code stays what it was. The new count of
	 * best scores.
	 */
	private int settleBlockers(KnowsGraph graph, int source, int[] targets, boolean[] rankable, int maxHops, int ep,
			int top, boolean[] settled, Capacities cap, double[] fit, double[] fixed, boolean[] pooled,
			double poolReach, double[] reach, double[] score, byte[] network, double[] best, int bestN, int k,
			int[] open) {
		if (this.blockers == null) {
			this.blockers = new Blockers(targets, rankable, settled, fixed);
		}
		int prefixHops = (maxHops + 1) / 2;
		double left = MentorSearch.WEIGHTS.reachability() * Math.exp(-this.heapCost[0]);
		for (int round = 0; round < 4; round++) {
			while (top >= 0 && open[top] == 0) {
				top--;
			}
			int lowest = lowestBlocking(open, top, left, best[0]);
			if (lowest < 0) {
				break;
			}
			if (!this.halfDone) {
				this.halfDone = true;
				half(graph, source, prefixHops, ep);
			}
			for (int b = lowest; b <= top; b++) {
				for (int at = this.blockers.start[b]; at < this.blockers.start[b + 1]; at++) {
					int i = this.blockers.members[at];
					if (settled[i]) {
						continue;
					}
					this.exact++;
					double cost = exactCost(graph, source, targets[i], maxHops - prefixHops, ep);
					settled[i] = true;
					network[i] = Double.isFinite(cost) ? REACHED : UNREACHED;
					reach[i] = reach(cost, pooled[i], poolReach);
					score[i] = cap.score(i, fit[i], reach[i]);
					bestN = offer(best, bestN, k, score[i]);
					open[b]--;
				}
			}
		}
		return bestN;
	}

	/**
	 * The mentee's side of {@link #exactCost}: the least cost of every walk of at most
	 * {@code hops} ties from the source through people a walk may pass through, layer by
	 * layer ({@code F_h(w) = min(F_h-1(w), F_h-1(u) + cost(u, w))}, each layer's
	 * relaxations applied after it), summed left to right as the search sums. O(ties
	 * within {@code hops - 1} of the source): about 400 people and 4,000 ties at ten ties
	 * per person and two hops.
	 */
	private void half(KnowsGraph graph, int source, int hops, int ep) {
		int[] off = graph.offsets();
		int[] tg = graph.targets();
		char[] code = graph.costCodes();
		double[] table = graph.costTable();
		byte[] status = graph.status();
		KnowsGraph.Overlay[] ov = graph.overlay();
		this.halfEp[source] = ep;
		this.halfCost[source] = 0.0;
		this.halfLayer[source] = 0;
		this.frontier[0] = source;
		int size = 1;
		for (int h = 1; h <= hops; h++) {
			int relaxed = 0;
			for (int f = 0; f < size; f++) {
				int v = this.frontier[f];
				if (v != source && (status[v] != KnowsGraph.OPEN || this.avoidEp[v] == ep)) {
					continue;
				}
				double c = this.halfCost[v];
				int[] tgs = tg;
				char[] codes = code;
				int slot = off[v];
				int se = off[v + 1];
				for (KnowsGraph.Overlay o = ov[v];; o = null) {
					for (; slot < se; slot++) {
						int kc = codes[slot];
						if (kc == 0) {
							continue;
						}
						int w = tgs[slot];
						if ((status[w] & KnowsGraph.REMOVED) != 0) {
							continue;
						}
						if (relaxed == this.relaxedTo.length) {
							this.relaxedTo = Arrays.copyOf(this.relaxedTo, relaxed * 2);
							this.relaxedCost = Arrays.copyOf(this.relaxedCost, relaxed * 2);
						}
						this.relaxedTo[relaxed] = w;
						this.relaxedCost[relaxed++] = c + table[kc];
					}
					if (o == null) {
						break;
					}
					tgs = o.targets();
					codes = o.codes();
					slot = 0;
					se = tgs.length;
				}
			}
			size = 0;
			for (int r = 0; r < relaxed; r++) {
				int w = this.relaxedTo[r];
				double nc = this.relaxedCost[r];
				boolean known = this.halfEp[w] == ep;
				if (known && this.halfCost[w] <= nc) {
					continue;
				}
				this.halfEp[w] = ep;
				this.halfCost[w] = nc;
				if (!known || this.halfLayer[w] != h) {
					this.halfLayer[w] = h;
					if (size == this.frontier.length) {
						this.frontier = Arrays.copyOf(this.frontier, size * 2);
					}
					this.frontier[size++] = w;
				}
			}
		}
	}

	/**
	 * A candidate's least cost within the hop cap, exactly as the ranking's search would
	 * settle it, from both ends: every walk of at most H ties splits into a first part of
	 * at most {@code ceil(H / 2)} ties (the {@link #half} costs) and a last part of at
	 * most {@code suffixHops} ties into the target, enumerated back from the target
	 * through people a walk may pass through; each walk's cost is the first part's plus
	 * the last part's ties one by one, left to right. Exact, not approximate: adding a
	 * tie's cost is monotone in floating point, so the least first part gives the least
	 * sum of every walk sharing its last part. O(ties within {@code suffixHops - 1} of
	 * the target): about 400 at ten ties per person and a cap of four.
	 * @return the cost, +infinity when no walk within the cap reaches the target
	 */
	private double exactCost(KnowsGraph graph, int source, int target, int suffixHops, int ep) {
		if ((graph.status()[target] & KnowsGraph.REMOVED) != 0) {
			// the search never settles a removed person
			return Double.POSITIVE_INFINITY;
		}
		double least = (this.halfEp[target] == ep) ? this.halfCost[target] : Double.POSITIVE_INFINITY;
		if (suffixHops > 0) {
			if (this.suffix.length < suffixHops) {
				this.suffix = new double[suffixHops];
			}
			least = Math.min(least, suffixes(graph, source, target, 0, suffixHops, ep));
		}
		return least;
	}

	/**
	 * The least cost of walks whose last {@code depth + 1} ties lead back from {@code to}
	 * (the last {@code depth} of them in {@code suffix}, last first) and whose earlier
	 * ties are a half-way walk.
	 */
	private double suffixes(KnowsGraph graph, int source, int to, int depth, int suffixHops, int ep) {
		int[] off = graph.offsets();
		int[] tgs = graph.targets();
		char[] codes = graph.costCodes();
		double[] table = graph.costTable();
		byte[] status = graph.status();
		double least = Double.POSITIVE_INFINITY;
		int slot = off[to];
		int se = off[to + 1];
		for (KnowsGraph.Overlay o = graph.overlay()[to];; o = null) {
			for (; slot < se; slot++) {
				int kc = codes[slot];
				if (kc == 0) {
					continue;
				}
				int x = tgs[slot];
				if (x != source && (status[x] != KnowsGraph.OPEN || this.avoidEp[x] == ep)) {
					// removed, closed or at their quota: no walk passes through them
					continue;
				}
				// ties are undirected: x to "to" costs what "to" to x costs
				this.suffix[depth] = table[kc];
				if (this.halfEp[x] == ep) {
					double c = this.halfCost[x];
					for (int d = depth; d >= 0; d--) {
						c += this.suffix[d];
					}
					least = Math.min(least, c);
				}
				if (depth + 1 < suffixHops) {
					least = Math.min(least, suffixes(graph, source, x, depth + 1, suffixHops, ep));
				}
			}
			if (o == null) {
				break;
			}
			tgs = o.targets();
			codes = o.codes();
			slot = 0;
			se = tgs.length;
		}
		return least;
	}

	/**
	 * Settles every pooled candidate not settled yet at the pool's reachability (their
	 * final score: the network reaches them no more warmly from here on); whether the
	 * network reaches them at all stays {@link #UNKNOWN}. The new count of best scores.
	 */
	private static int settlePools(int[] pooledAt, boolean[] settled, boolean[] rankable, Capacities cap, double[] fit,
			double[] fixed, double poolReach, double[] reach, double[] score, byte[] network, double[] best, int bestN,
			int k, int[] open) {
		for (int i : pooledAt) {
			if (!settled[i]) {
				settled[i] = true;
				reach[i] = poolReach;
				score[i] = cap.score(i, fit[i], poolReach);
				network[i] = UNKNOWN;
				if (rankable[i]) {
					bestN = offer(best, bestN, k, score[i]);
					open[bucket(fixed[i])]--;
				}
			}
		}
		return bestN;
	}

	/**
	 * The least cost from which {@code bound + reachWeight * exp(-cost) + SLACK < best}
	 * holds (the stop test, which then holds for every larger cost: {@link Math#exp} is
	 * semi-monotonic), +infinity when none: a label of that cost or more would meet the
	 * stop test as the cheapest label left, before it is popped, so it need not be
	 * pushed.
	 */
	static double cut(double bound, double reachWeight, double best) {
		double room = (best - SLACK - bound) / reachWeight;
		if (!(room > 0)) {
			return Double.POSITIVE_INFINITY;
		}
		if (room >= 1) {
			return 0;
		}
		double c = -Math.log(room);
		for (int i = 0; i < 64 && !(bound + reachWeight * Math.exp(-c) + SLACK < best); i++) {
			c = Math.nextUp(c + Math.ulp(c) * 4);
		}
		return (bound + reachWeight * Math.exp(-c) + SLACK < best) ? c : Double.POSITIVE_INFINITY;
	}

	private static int bucket(double fixed) {
		return Math.max(0, Math.min(BUCKETS - 1, (int) (fixed * BUCKET_SCALE)));
	}

	/** Keeps the k largest values in a min-heap; the new size. */
	private static int offer(double[] heap, int size, int k, double x) {
		if (size < k) {
			int j = size;
			heap[j] = x;
			while (j > 0) {
				int p = (j - 1) >>> 1;
				if (heap[p] <= heap[j]) {
					break;
				}
				double t = heap[p];
				heap[p] = heap[j];
				heap[j] = t;
				j = p;
			}
			return size + 1;
		}
		if (x > heap[0]) {
			heap[0] = x;
			int j = 0;
			while (true) {
				int l = 2 * j + 1;
				if (l >= size) {
					break;
				}
				int m = (l + 1 < size && heap[l + 1] < heap[l]) ? l + 1 : l;
				if (heap[j] <= heap[m]) {
					break;
				}
				double t = heap[m];
				heap[m] = heap[j];
				heap[j] = t;
				j = m;
			}
		}
		return size;
	}

	private void work(int popped, int pushed, boolean stopped, boolean leftOut) {
		this.workPopped = popped;
		this.workPushed = pushed;
		this.workStopped = stopped;
		this.workLeftOut = leftOut;
	}

	/**
	 * A fresh epoch for a search on {@code graph}, with the introducers at their quota
	 * stamped in it (reached, never passed through).
	 */
	private int nextEpoch(KnowsGraph graph, int[] avoid) {
		int ep = nextEpoch(graph.capacity());
		for (int v : avoid) {
			if (v >= 0 && v < this.avoidEp.length) {
				this.avoidEp[v] = ep;
			}
		}
		return ep;
	}

	/** A fresh epoch, the stamps grown to {@code capacity} people. */
	private int nextEpoch(int capacity) {
		if (this.popEp.length < capacity) {
			int c = Math.max(capacity, this.popEp.length + this.popEp.length / 2);
			this.popEp = Arrays.copyOf(this.popEp, c);
			this.seenEp = Arrays.copyOf(this.seenEp, c);
			this.candEp = Arrays.copyOf(this.candEp, c);
			this.candPos = Arrays.copyOf(this.candPos, c);
			this.avoidEp = Arrays.copyOf(this.avoidEp, c);
			this.halfEp = Arrays.copyOf(this.halfEp, c);
			this.halfCost = Arrays.copyOf(this.halfCost, c);
			this.halfLayer = Arrays.copyOf(this.halfLayer, c);
			this.state = Arrays.copyOf(this.state, 2 * c);
		}
		if (++this.epoch == Integer.MAX_VALUE) {
			Arrays.fill(this.popEp, 0);
			Arrays.fill(this.seenEp, 0);
			Arrays.fill(this.candEp, 0);
			Arrays.fill(this.avoidEp, 0);
			Arrays.fill(this.halfEp, 0);
			Arrays.fill(this.state, 0);
			this.epoch = 1;
		}
		return this.epoch;
	}

	private void push(double cost, int label) {
		if (this.heapSize == this.heapCost.length) {
			this.heapCost = Arrays.copyOf(this.heapCost, this.heapSize * 2);
			this.heapLabel = Arrays.copyOf(this.heapLabel, this.heapSize * 2);
		}
		int j = this.heapSize++;
		while (j > 0) {
			int p = (j - 1) >>> 1;
			if (this.heapCost[p] <= cost) {
				break;
			}
			this.heapCost[j] = this.heapCost[p];
			this.heapLabel[j] = this.heapLabel[p];
			j = p;
		}
		this.heapCost[j] = cost;
		this.heapLabel[j] = label;
	}

	private void pop() {
		int size = --this.heapSize;
		if (size == 0) {
			return;
		}
		double cost = this.heapCost[size];
		int label = this.heapLabel[size];
		int j = 0;
		while (true) {
			int l = 2 * j + 1;
			if (l >= size) {
				break;
			}
			int m = (l + 1 < size && this.heapCost[l + 1] < this.heapCost[l]) ? l + 1 : l;
			if (cost <= this.heapCost[m]) {
				break;
			}
			this.heapCost[j] = this.heapCost[m];
			this.heapLabel[j] = this.heapLabel[m];
			j = m;
		}
		this.heapCost[j] = cost;
		this.heapLabel[j] = label;
	}

}
