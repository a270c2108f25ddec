package org.warmpath.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * Compact in-memory projection of the undirected KNOWS graph that the search kernels run
 * on.
 *
 * <p>
 * Layout (CSR, compressed sparse rows): person {@code v} owns the directed slots
 * {@code offsets[v] .. offsets[v+1]-1}; slot {@code s} leads to {@code targets[s]} at
 * {@code cost[s] = -ln(strength)}. Each neighbour list is sorted by target index, so a
 * tie lookup is a binary search and common neighbours are a merge. Ties (undirected
 * edges) are numbered {@code 0..tieCapacity()-1} in (lower index, higher index) order, so
 * the tie of a slot ({@link #tieBetween}, {@code edgeOf}) and the people of a tie
 * ({@link #tieEndpoints}) are computed (O(log degree), O(log n)) rather than stored per
 * slot, and strengths are stored once per tie. That keeps the projection at about 28.3
 * bytes per tie (targets 2x4, costs 2x8, strength 4, dead bits) plus about 26 bytes per
 * person (offsets, flags, ids stored as one UTF-8 byte array with an open-addressing
 * index): about 31 MiB per million ties at ten ties per person.
 *
 * <p>
 * Mutation: consent ({@link #setOpen}), tie removal ({@link #removeTie}) and person
 * removal ({@link #removePerson}) happen in place, under a lock, and bump a volatile
 * {@link #version()}; they only flip a byte or a bit in an {@code int} word, so
 * concurrent readers see either the old or the new state of each flag, never a torn
 * structure. A search that starts after a mutation returned sees it. Adding people or
 * ties is not done in place: the owner builds a new projection with a {@link Builder} and
 * swaps it in. Removed ties and people stay in the arrays (readers skip them) until that
 * rebuild.
 */
public final class KnowsGraph {

	static final byte OPEN = 1;

	static final byte REMOVED = 2;

	private final int n;

	private final int m;

	final int[] offsets;

	final int[] targets;

	final double[] cost;

	/** Strength per tie (undirected edge). */
	private final float[] tieStrength;

	/**
	 * Number of ties whose lower endpoint is below v: ties of lower endpoint v are
	 * contiguous.
	 */
	private final int[] firstTie;

	/** Per-person flags: OPEN, REMOVED. */
	final byte[] status;

	/**
	 * Dead directed slots, one bit each (int words: writes are atomic for racing
	 * readers).
	 */
	final int[] deadSlots;

	private final byte[] idBytes;

	private final int[] idStart;

	private final int[] idHash;

	private final int[] idTable;

	private final Object lock = new Object();

	private volatile long version;

	private volatile int liveTies;

	private volatile int removedPeople;

	private KnowsGraph(int n, int m, int[] offsets, int[] targets, double[] cost, float[] tieStrength, int[] firstTie,
			byte[] status, byte[] idBytes, int[] idStart, int[] idHash, int[] idTable) {
		this.n = n;
		this.m = m;
		this.offsets = offsets;
		this.targets = targets;
		this.cost = cost;
		this.tieStrength = tieStrength;
		this.firstTie = firstTie;
		this.status = status;
		this.deadSlots = new int[(2 * m + 31) >>> 5];
		this.idBytes = idBytes;
		this.idStart = idStart;
		this.idHash = idHash;
		this.idTable = idTable;
		this.liveTies = m;
	}

	public static Builder builder() {
		return new Builder();
	}

	// ------------------------------------------------------------------ size and ids

	/** Number of people in the projection, removed ones included (indices are stable). */
	public int nodeCount() {
		return this.n;
	}

	/** Number of people not removed. */
	public int liveNodeCount() {
		return this.n - this.removedPeople;
	}

	/** Number of live (not removed) ties. */
	public int tieCount() {
		return this.liveTies;
	}

	/** Number of ties the projection was built with, removed ones included. */
	public int tieCapacity() {
		return this.m;
	}

	/** Bumped by every in-place mutation; a cheap way for owners to notice changes. */
	public long version() {
		return this.version;
	}

	/** Index of the person with this business id, or -1 when absent. */
	public int indexOf(String id) {
		if (id == null || this.n == 0) {
			return -1;
		}
		int h = id.hashCode();
		byte[] q = id.getBytes(StandardCharsets.UTF_8);
		int mask = this.idTable.length - 1;
		for (int p = mix(h) & mask;; p = (p + 1) & mask) {
			int e = this.idTable[p];
			if (e == 0) {
				return -1;
			}
			int idx = e - 1;
			if (this.idHash[idx] == h
					&& Arrays.equals(this.idBytes, this.idStart[idx], this.idStart[idx + 1], q, 0, q.length)) {
				return idx;
			}
		}
	}

	/** Business id of person {@code idx} (a new String each call). */
	public String id(int idx) {
		return new String(this.idBytes, this.idStart[idx], this.idStart[idx + 1] - this.idStart[idx],
				StandardCharsets.UTF_8);
	}

	public boolean isOpen(int idx) {
		return (this.status[idx] & OPEN) != 0;
	}

	public boolean isRemoved(int idx) {
		return (this.status[idx] & REMOVED) != 0;
	}

	/** Open to introductions and not removed: may stand in the middle of a path. */
	boolean canIntroduce(int idx) {
		return this.status[idx] == OPEN;
	}

	// ------------------------------------------------------------------ mutation

	/**
	 * Records a change of consent. Thread-safe; visible to searches started afterwards.
	 */
	public void setOpen(int idx, boolean open) {
		synchronized (this.lock) {
			byte s = this.status[idx];
			this.status[idx] = (byte) (open ? (s | OPEN) : (s & ~OPEN));
			this.version++;
		}
	}

	/**
	 * Marks a person removed: never an endpoint nor an intermediary again, and left out
	 * of neighbour lists, common neighbours and the JGraphT views. Thread-safe.
	 */
	public void removePerson(int idx) {
		synchronized (this.lock) {
			if ((this.status[idx] & REMOVED) == 0) {
				this.status[idx] |= REMOVED;
				this.removedPeople++;
			}
			this.version++;
		}
	}

	/**
	 * Removes the tie between {@code a} and {@code b} (both directed slots are marked
	 * dead).
	 * @return whether a live tie was removed
	 */
	public boolean removeTie(int a, int b) {
		synchronized (this.lock) {
			int sa = slotOf(a, b);
			int sb = slotOf(b, a);
			if (sa < 0 || sb < 0 || isDead(sa)) {
				return false;
			}
			this.deadSlots[sa >>> 5] |= 1 << sa;
			this.deadSlots[sb >>> 5] |= 1 << sb;
			this.liveTies--;
			this.version++;
			return true;
		}
	}

	// ------------------------------------------------------------------ adjacency

	boolean isDead(int slot) {
		return (this.deadSlots[slot >>> 5] & (1 << slot)) != 0;
	}

	/** Slot of the (possibly dead) tie from {@code a} to {@code b}, or -1. */
	int slotOf(int a, int b) {
		int i = Arrays.binarySearch(this.targets, this.offsets[a], this.offsets[a + 1], b);
		return (i >= 0) ? i : -1;
	}

	/** Degree counting removed ties and removed neighbours too (an upper bound). */
	public int rawDegree(int v) {
		return this.offsets[v + 1] - this.offsets[v];
	}

	/** Live neighbours of {@code v} (live tie, neighbour not removed), in index order. */
	public int[] neighbours(int v) {
		int[] out = new int[rawDegree(v)];
		int k = 0;
		for (int s = this.offsets[v], e = this.offsets[v + 1]; s < e; s++) {
			if (!isDead(s) && (this.status[this.targets[s]] & REMOVED) == 0) {
				out[k++] = this.targets[s];
			}
		}
		return (k == out.length) ? out : Arrays.copyOf(out, k);
	}

	/** Visits the live neighbours of {@code v} in index order. */
	public void forEachNeighbour(int v, TieVisitor visitor) {
		for (int s = this.offsets[v], e = this.offsets[v + 1]; s < e; s++) {
			int w = this.targets[s];
			if (!isDead(s) && (this.status[w] & REMOVED) == 0) {
				int tie = tieOfSlot(v, s);
				visitor.visit(w, this.tieStrength[tie], tie);
			}
		}
	}

	/**
	 * Strength of the live tie between {@code a} and {@code b}, or 0 when there is none
	 * (strengths are in (0, 1]). O(log degree).
	 */
	public double strength(int a, int b) {
		int s = slotOf(a, b);
		return (s < 0 || isDead(s)) ? 0.0 : this.tieStrength[tieOfSlot(a, s)];
	}

	/** Tie index between {@code a} and {@code b} (live or not), or -1. */
	public int tieBetween(int a, int b) {
		int s = slotOf(a, b);
		return (s < 0) ? -1 : tieOfSlot(a, s);
	}

	/** Strength of tie {@code tie}. */
	public double tieStrength(int tie) {
		return this.tieStrength[tie];
	}

	/** Cost (-ln strength) of tie {@code tie}. */
	public double tieCost(int tie) {
		int[] ends = tieEndpoints(tie);
		return this.cost[slotOf(ends[0], ends[1])];
	}

	/** The two people of tie {@code tie}, lower index first. O(log n). */
	public int[] tieEndpoints(int tie) {
		if (tie < 0 || tie >= this.m) {
			throw new IllegalArgumentException("no tie with index " + tie);
		}
		int u = lastAtMost(this.firstTie, this.n, tie);
		int v = this.targets[this.offsets[u + 1] - (this.firstTie[u + 1] - tie)];
		return new int[] { u, v };
	}

	/** Tie index of a directed slot (the undirected edge it belongs to). O(log n). */
	int edgeOf(int slot) {
		return tieOfSlot(ownerOf(slot), slot);
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

	/**
	 * People tied (live ties) to both {@code a} and {@code b}, removed people excluded,
	 * in index order: a merge of the two sorted neighbour lists, O(deg a + deg b).
	 */
	public int[] commonNeighbours(int a, int b) {
		int i = this.offsets[a];
		int ie = this.offsets[a + 1];
		int j = this.offsets[b];
		int je = this.offsets[b + 1];
		int[] out = new int[Math.min(ie - i, je - j)];
		int k = 0;
		while (i < ie && j < je) {
			int x = this.targets[i];
			int y = this.targets[j];
			if (x < y) {
				i++;
			}
			else if (x > y) {
				j++;
			}
			else {
				if (!isDead(i) && !isDead(j) && (this.status[x] & REMOVED) == 0 && x != a && x != b) {
					out[k++] = x;
				}
				i++;
				j++;
			}
		}
		return (k == out.length) ? out : Arrays.copyOf(out, k);
	}

	/** Like {@link #commonNeighbours} with both ties of each common neighbour. */
	public List<CommonNeighbour> commonNeighbourTies(int a, int b) {
		int[] common = commonNeighbours(a, b);
		List<CommonNeighbour> out = new ArrayList<>(common.length);
		for (int x : common) {
			int sa = slotOf(a, x);
			int sb = slotOf(b, x);
			int ta = tieOfSlot(a, sa);
			int tb = tieOfSlot(b, sb);
			out.add(new CommonNeighbour(x, ta, this.tieStrength[ta], tb, this.tieStrength[tb]));
		}
		return out;
	}

	/** A person tied to both {@code a} and {@code b}, with both ties. */
	public record CommonNeighbour(int person, int tieToA, double strengthToA, int tieToB, double strengthToB) {
	}

	/** Receives one live tie of a person. */
	@FunctionalInterface
	public interface TieVisitor {

		void visit(int neighbour, double strength, int tie);

	}

	// ------------------------------------------------------------------ views

	/**
	 * A JGraphT copy of the live projection: vertices are the indices of people not
	 * removed, edges the live ties between them, weight = cost = -ln(strength). Mutable
	 * and independent of this projection. O(n + m) time, about 150 bytes per tie.
	 */
	public Graph<Integer, DefaultWeightedEdge> toJGraphT() {
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (int v = 0; v < this.n; v++) {
			if (!isRemoved(v)) {
				g.addVertex(v);
			}
		}
		for (int u = 0; u < this.n; u++) {
			if (isRemoved(u)) {
				continue;
			}
			for (int s = this.offsets[u], e = this.offsets[u + 1]; s < e; s++) {
				int v = this.targets[s];
				if (u < v && !isDead(s) && !isRemoved(v)) {
					DefaultWeightedEdge edge = g.addEdge(u, v);
					g.setEdgeWeight(edge, this.cost[s]);
				}
			}
		}
		return g;
	}

	/**
	 * A compact, immutable JGraphT view (jgrapht-opt sparse graph) for analytics:
	 * vertices {@code 0..n-1} (removed people are isolated), edges are the live ties with
	 * weight = cost. Edge ids are positions in the live-tie enumeration, not tie indices.
	 */
	public Graph<Integer, Integer> toSparseJGraphT() {
		List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(this.liveTies);
		for (int u = 0; u < this.n; u++) {
			if (isRemoved(u)) {
				continue;
			}
			for (int s = this.offsets[u], e = this.offsets[u + 1]; s < e; s++) {
				int v = this.targets[s];
				if (u < v && !isDead(s) && !isRemoved(v)) {
					edges.add(Triple.of(u, v, this.cost[s]));
				}
			}
		}
		return new SparseIntUndirectedWeightedGraph(this.n, edges);
	}

	/** Estimated heap footprint of the projection in bytes (arrays plus headers). */
	public long memoryBytes() {
		long b = 64;
		b += arr(this.offsets.length, 4) + arr(this.targets.length, 4) + arr(this.cost.length, 8);
		b += arr(this.tieStrength.length, 4) + arr(this.firstTie.length, 4) + arr(this.status.length, 1);
		b += arr(this.deadSlots.length, 4) + arr(this.idBytes.length, 1) + arr(this.idStart.length, 4);
		b += arr(this.idHash.length, 4) + arr(this.idTable.length, 4);
		return b;
	}

	private static long arr(long len, int width) {
		return 16 + ((len * width + 7) & ~7L);
	}

	static int mix(int h) {
		h *= 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	// ------------------------------------------------------------------ builder

	/**
	 * Collects people and ties, then builds the projection in O(n + m) time with two
	 * counting-sort passes (no per-person lists). Duplicate ties between the same pair
	 * keep the strongest; self-ties are ignored. Not thread-safe; single use.
	 */
	public static final class Builder {

		private final HashMap<String, Integer> index = new HashMap<>();

		private final ArrayList<String> ids = new ArrayList<>();

		private byte[] open = new byte[64];

		private int[] ea = new int[64];

		private int[] eb = new int[64];

		private float[] es = new float[64];

		private int edges;

		private Builder() {
		}

		/**
		 * Adds a person (or updates the consent of one already added).
		 * @return the person's index in the projection to be built
		 */
		public int addPerson(String id, boolean openToIntroductions) {
			if (id == null) {
				throw new IllegalArgumentException("person id must not be null");
			}
			Integer known = this.index.get(id);
			int idx;
			if (known != null) {
				idx = known;
			}
			else {
				idx = this.ids.size();
				this.ids.add(id);
				this.index.put(id, idx);
				if (idx == this.open.length) {
					this.open = Arrays.copyOf(this.open, idx * 2);
				}
			}
			this.open[idx] = openToIntroductions ? OPEN : 0;
			return idx;
		}

		/** Adds a tie between two people already added, by id. */
		public Builder addTie(String idA, String idB, double strength) {
			Integer a = this.index.get(idA);
			Integer b = this.index.get(idB);
			if (a == null || b == null) {
				throw new IllegalArgumentException("unknown person in tie " + idA + " - " + idB);
			}
			return addTie((int) a, (int) b, strength);
		}

		/** Adds a tie between two people by the indices {@link #addPerson} returned. */
		public Builder addTie(int a, int b, double strength) {
			if (a < 0 || b < 0 || a >= this.ids.size() || b >= this.ids.size()) {
				throw new IllegalArgumentException("unknown person index in tie " + a + " - " + b);
			}
			if (!(strength > 0.0 && strength <= 1.0)) {
				throw new IllegalArgumentException("strength must be in (0, 1]: " + strength);
			}
			if (a == b) {
				return this;
			}
			if (this.edges == this.ea.length) {
				int cap = this.edges * 2;
				this.ea = Arrays.copyOf(this.ea, cap);
				this.eb = Arrays.copyOf(this.eb, cap);
				this.es = Arrays.copyOf(this.es, cap);
			}
			this.ea[this.edges] = Math.min(a, b);
			this.eb[this.edges] = Math.max(a, b);
			this.es[this.edges] = (float) strength;
			this.edges++;
			return this;
		}

		public int personCount() {
			return this.ids.size();
		}

		public KnowsGraph build() {
			int n = this.ids.size();
			int raw = this.edges;
			// pass 1: stable counting sort by the higher endpoint, pass 2: by the lower
			// one
			int[] count = new int[n + 1];
			int[] ua = new int[raw];
			int[] ub = new int[raw];
			float[] us = new float[raw];
			for (int i = 0; i < raw; i++) {
				count[this.eb[i] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				count[v + 1] += count[v];
			}
			for (int i = 0; i < raw; i++) {
				int p = count[this.eb[i]]++;
				ua[p] = this.ea[i];
				ub[p] = this.eb[i];
				us[p] = this.es[i];
			}
			Arrays.fill(count, 0);
			for (int i = 0; i < raw; i++) {
				count[ua[i] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				count[v + 1] += count[v];
			}
			int[] sa = this.ea;
			int[] sb = this.eb;
			float[] ss = this.es;
			for (int i = 0; i < raw; i++) {
				int p = count[ua[i]]++;
				sa[p] = ua[i];
				sb[p] = ub[i];
				ss[p] = us[i];
			}
			ua = null;
			ub = null;
			us = null;
			// dedupe (sorted by (lower, higher)), keep the strongest
			int m = 0;
			for (int i = 0; i < raw; i++) {
				if (m > 0 && sa[m - 1] == sa[i] && sb[m - 1] == sb[i]) {
					if (ss[i] > ss[m - 1]) {
						ss[m - 1] = ss[i];
					}
				}
				else {
					sa[m] = sa[i];
					sb[m] = sb[i];
					ss[m] = ss[i];
					m++;
				}
			}
			int[] offsets = new int[n + 1];
			int[] firstTie = new int[n + 1];
			for (int e = 0; e < m; e++) {
				offsets[sa[e] + 1]++;
				offsets[sb[e] + 1]++;
				firstTie[sa[e] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				offsets[v + 1] += offsets[v];
				firstTie[v + 1] += firstTie[v];
			}
			int[] pos = Arrays.copyOf(offsets, n);
			int[] targets = new int[2 * m];
			double[] cost = new double[2 * m];
			float[] strength = Arrays.copyOf(ss, m);
			// ties in (lower, higher) order: every list receives its lower neighbours
			// first, in
			// increasing order, then its higher ones, in increasing order, so lists come
			// out sorted
			for (int e = 0; e < m; e++) {
				int u = sa[e];
				int v = sb[e];
				double c = -Math.log(ss[e]);
				if (c == 0.0) {
					c = 0.0; // no negative zero
				}
				int p = pos[u]++;
				targets[p] = v;
				cost[p] = c;
				p = pos[v]++;
				targets[p] = u;
				cost[p] = c;
			}
			// ids: one UTF-8 byte array plus an open-addressing table of (index + 1)
			byte[][] enc = new byte[n][];
			int total = 0;
			for (int i = 0; i < n; i++) {
				enc[i] = this.ids.get(i).getBytes(StandardCharsets.UTF_8);
				total += enc[i].length;
			}
			byte[] idBytes = new byte[total];
			int[] idStart = new int[n + 1];
			int[] idHash = new int[n];
			int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
			int[] table = new int[cap];
			int at = 0;
			for (int i = 0; i < n; i++) {
				idStart[i] = at;
				System.arraycopy(enc[i], 0, idBytes, at, enc[i].length);
				at += enc[i].length;
				int h = this.ids.get(i).hashCode();
				idHash[i] = h;
				int p = mix(h) & (cap - 1);
				while (table[p] != 0) {
					p = (p + 1) & (cap - 1);
				}
				table[p] = i + 1;
			}
			idStart[n] = at;
			byte[] status = Arrays.copyOf(this.open, n);
			return new KnowsGraph(n, m, offsets, targets, cost, strength, firstTie, status, idBytes, idStart, idHash,
					table);
		}

	}

}
