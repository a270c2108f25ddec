package org.warmpath.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Compact in-memory projection of the undirected KNOWS graph: the one graph the path
 * kernels, mutual connections, ego networks, mentor search and analytics all read, so
 * none of them queries Neo4j per hop.
 *
 * <p>
 * It is four parts behind one face: the base CSR adjacency ({@link CsrStorage}: person
 * {@code v} owns the directed slots {@code offsets[v] .. offsets[v+1]-1}, slot {@code s}
 * leads to {@code targets[s]} at cost {@code costTable()[costCodes()[s]] = -ln(strength)}
 * (a 16-bit code per slot into a per-graph dictionary of strengths, {@link CostCodes};
 * code 0 marks a removed tie), lists sorted by target; ties numbered in (lower, higher)
 * order), the id index ({@link IdIndex}), the flags changed in place ({@link LiveState})
 * and the delta overlay of ties added since the base was built ({@link #overlay()}). 12
 * bytes per tie plus about 27 bytes per person plus 768 KiB for the code tables: about 13
 * MiB per million ties at ten ties per person ({@link #memoryBytes()}).
 *
 * <p>
 * Every write applies in place, under one lock, and bumps a volatile {@link #version()};
 * a search that starts after a mutation returned sees it: consent and visibility flip a
 * flag, a removal sets both directed slots' code to 0, a re-rated base tie overwrites the
 * code of both, a new tie goes into the overlay (per person an immutable {@link Overlay}
 * of (target, cost, tie), replaced whole, so a concurrent reader sees the old list or the
 * new one), and a new person takes a spare slot: the arrays are sized with headroom
 * ({@link #capacity()}). The owner ({@link Projection}) folds the overlay into a new base
 * with {@link #compact(int)}, from memory, keeping every person's index.
 *
 * <p>
 * The search kernels (package {@code org.warmpath.paths}) read the arrays directly
 * ({@link #offsets()}, {@link #targets()}, {@link #costCodes()}, {@link #costTable()},
 * {@link #status()}) and then the overlay of each person they expand, once per search, so
 * their inner loops index plain arrays.
 */
public final class KnowsGraph {

	/** {@link #status()} bit: open to introductions. */
	public static final byte OPEN = 1;

	/** {@link #status()} bit: removed. */
	public static final byte REMOVED = 2;

	/**
	 * Prefix of the id a removed person's slot gets at compaction; no business id starts
	 * with a NUL character, so it never matches one.
	 */
	static final String TOMBSTONE = "\u0000removed-";

	private final CsrStorage csr;

	private final IdIndex ids;

	private final LiveState state;

	private final int[] offsets;

	private final int[] targets;

	private final char[] code;

	private final double[] costTable;

	private final byte[] status;

	/** Ties added since the base was built, per person; null when none. */
	private final Overlay[] overlay;

	/** People added since the base was built: id to index. */
	private final ConcurrentHashMap<String, Integer> addedIds = new ConcurrentHashMap<>();

	/** Ids of the people added since the base was built, by index - base people. */
	private final String[] addedNames;

	/** Endpoints (2 per tie) of the overlay ties, by tie index - base ties. */
	private volatile int[] overlayEnds = new int[16];

	/** Strength of the overlay ties (0 once removed), by tie index - base ties. */
	private volatile float[] overlayStrength = new float[8];

	/** Overlay ties ever added (removed ones included). */
	private volatile int overlayTies;

	/** People slots in use (base people, then added ones). */
	private volatile int people;

	private final ConcurrentHashMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

	KnowsGraph(CsrStorage csr, IdIndex ids, byte[] status, boolean[] tiesPrivate) {
		this.csr = csr;
		this.ids = ids;
		this.state = new LiveState(csr, status, tiesPrivate);
		this.offsets = csr.offsets;
		this.targets = csr.targets;
		this.code = csr.code;
		this.costTable = csr.codes.cost;
		this.status = status;
		this.overlay = new Overlay[status.length];
		this.addedNames = new String[status.length - csr.n];
		this.people = csr.n;
	}

	public static KnowsGraphBuilder builder() {
		return new KnowsGraphBuilder();
	}

	// ------------------------------------------------------------------ size and ids

	/**
	 * Number of people in the projection, removed ones included (indices are stable):
	 * valid indices are {@code 0 .. nodeCount()-1}.
	 */
	public int nodeCount() {
		return this.people;
	}

	/**
	 * People slots the arrays have room for, spare ones included: what per-person working
	 * memory must be sized to, so that people added in place fit.
	 */
	public int capacity() {
		return this.status.length;
	}

	/** Number of people not removed. */
	public int liveNodeCount() {
		return this.people - this.state.removedPeople();
	}

	/** Number of live (not removed) ties, overlay included. */
	public int tieCount() {
		return this.state.liveTies();
	}

	/** Number of ties in the base adjacency, removed ones included. */
	public int tieCapacity() {
		return this.csr.m;
	}

	/** Ties added in place since the base was built (removed ones included). */
	public int overlayTieCount() {
		return this.overlayTies;
	}

	/**
	 * Whether the base adjacency alone is the graph: no tie or person removed, no tie
	 * added in place (the analytics view may then share the base arrays).
	 */
	public boolean isCompact() {
		return this.overlayTies == 0 && this.state.removedPeople() == 0 && this.state.liveTies() == this.csr.m;
	}

	/** Bumped by every in-place mutation; a cheap way for owners to notice changes. */
	public long version() {
		return this.state.version();
	}

	/** Index of the person with this business id, or -1 when absent. */
	public int indexOf(String id) {
		int idx = this.ids.indexOf(id);
		if (idx >= 0 || id == null || this.addedIds.isEmpty()) {
			return idx;
		}
		Integer added = this.addedIds.get(id);
		return (added != null) ? added : -1;
	}

	/** Business id of person {@code idx} (a new String each call for base people). */
	public String id(int idx) {
		return (idx < this.csr.n) ? this.ids.id(idx) : this.addedNames[idx - this.csr.n];
	}

	public boolean isOpen(int idx) {
		return (this.status[idx] & OPEN) != 0;
	}

	public boolean isRemoved(int idx) {
		return (this.status[idx] & REMOVED) != 0;
	}

	/**
	 * Whether this person keeps their connections private ({@code connectionVisibility}
	 * {@code private}): read by the one visibility rule (module {@code visibility}), so
	 * that it is answered from memory.
	 */
	public boolean tiesPrivate(int idx) {
		return this.state.tiesPrivate[idx];
	}

	/** Open to introductions and not removed: may stand in the middle of a path. */
	public boolean canIntroduce(int idx) {
		return this.status[idx] == OPEN;
	}

	// ------------------------------------------------------------------ mutation

	/**
	 * Records a change of consent. Thread-safe; visible to searches started afterwards.
	 */
	public void setOpen(int idx, boolean open) {
		this.state.setOpen(idx, open);
	}

	/**
	 * Records a change of connection visibility. Thread-safe; visible to answers redacted
	 * afterwards.
	 */
	public void setTiesPrivate(int idx, boolean tiesPrivate) {
		this.state.setTiesPrivate(idx, tiesPrivate);
	}

	/**
	 * Marks a person removed: never an endpoint nor an intermediary again, and left out
	 * of neighbour lists and common neighbours. Thread-safe.
	 */
	public void removePerson(int idx) {
		this.state.removePerson(idx);
	}

	/** Whether every spare person slot is taken ({@link #putPerson} would fail). */
	public boolean isFull() {
		return this.people == this.status.length;
	}

	/**
	 * Adds a person in the next spare slot, or updates the flags of the one with this id
	 * (a removed one comes back, without their old ties). Thread-safe; visible to
	 * searches started afterwards. Idempotent, so a change can be replayed.
	 * @return the person's index
	 * @throws IllegalStateException when the graph is {@link #isFull() full}
	 */
	public int putPerson(String id, boolean open, boolean tiesPrivate) {
		synchronized (this.state.lock) {
			int idx = indexOf(id);
			if (idx < 0) {
				if (isFull()) {
					throw new IllegalStateException("no spare person slot: compact with more capacity first");
				}
				idx = this.people;
				this.addedNames[idx - this.csr.n] = id;
				this.status[idx] = open ? OPEN : 0;
				this.state.tiesPrivate[idx] = tiesPrivate;
				this.addedIds.put(id, idx);
				this.people = idx + 1;
				this.state.bump();
				return idx;
			}
			if (isRemoved(idx)) {
				this.state.restorePerson(idx);
			}
			setOpen(idx, open);
			setTiesPrivate(idx, tiesPrivate);
			return idx;
		}
	}

	/**
	 * Adds the tie between {@code a} and {@code b}, or re-rates it: a base tie's cost and
	 * strength are overwritten in place (both directed slots; a removed one comes back),
	 * a new tie goes into the overlay. Thread-safe, idempotent; visible to searches
	 * started afterwards.
	 * @param strength in (0, 1]
	 */
	public void putTie(int a, int b, double strength) {
		if (!(strength > 0.0 && strength <= 1.0)) {
			throw new IllegalArgumentException("strength must be in (0, 1]: " + strength);
		}
		if (a == b) {
			return;
		}
		float s = (float) strength;
		synchronized (this.state.lock) {
			char c = this.csr.codes.code(s);
			int sa = this.csr.slotOf(a, b);
			if (sa >= 0) {
				this.state.rate(sa, this.csr.slotOf(b, a), c);
				this.state.bump();
				return;
			}
			int tie = overlayTie(a, b);
			if (tie >= 0) {
				int i = tie - this.csr.m;
				if (this.overlayStrength[i] == 0f) {
					this.state.addLiveTie();
				}
				this.overlayStrength[i] = s;
				this.overlay[a] = Overlay.put(this.overlay[a], b, c, tie);
				this.overlay[b] = Overlay.put(this.overlay[b], a, c, tie);
				this.state.bump();
				return;
			}
			int i = this.overlayTies;
			if (2 * i + 2 > this.overlayEnds.length) {
				this.overlayEnds = Arrays.copyOf(this.overlayEnds, this.overlayEnds.length * 2);
			}
			if (i == this.overlayStrength.length) {
				this.overlayStrength = Arrays.copyOf(this.overlayStrength, i * 2);
			}
			this.overlayEnds[2 * i] = Math.min(a, b);
			this.overlayEnds[2 * i + 1] = Math.max(a, b);
			this.overlayStrength[i] = s;
			this.overlayTies = i + 1;
			tie = this.csr.m + i;
			this.overlay[a] = Overlay.put(this.overlay[a], b, c, tie);
			this.overlay[b] = Overlay.put(this.overlay[b], a, c, tie);
			this.state.addLiveTie();
			this.state.bump();
		}
	}

	/**
	 * Removes the tie between {@code a} and {@code b} (both directed slots get code 0, or
	 * the overlay entries are dropped). Thread-safe, idempotent.
	 * @return whether a live tie was removed
	 */
	public boolean removeTie(int a, int b) {
		synchronized (this.state.lock) {
			int tie = overlayTie(a, b);
			if (tie < 0) {
				return this.state.removeTie(a, b);
			}
			int i = tie - this.csr.m;
			if (this.overlayStrength[i] == 0f) {
				return false;
			}
			this.overlayStrength[i] = 0f;
			this.overlay[a] = this.overlay[a].without(b);
			this.overlay[b] = this.overlay[b].without(a);
			this.state.removeLiveTie();
			this.state.bump();
			return true;
		}
	}

	/** Overlay tie index between {@code a} and {@code b} (live or removed), or -1. */
	private int overlayTie(int a, int b) {
		Overlay o = this.overlay[a];
		if (o != null) {
			int[] t = o.targets();
			for (int k = 0; k < t.length; k++) {
				if (t[k] == b) {
					return o.ties()[k];
				}
			}
		}
		// a removed overlay tie has no entry any more: look it up by its ends
		int lo = Math.min(a, b);
		int hi = Math.max(a, b);
		int[] ends = this.overlayEnds;
		for (int i = this.overlayTies - 1; i >= 0; i--) {
			if (ends[2 * i] == lo && ends[2 * i + 1] == hi) {
				return this.csr.m + i;
			}
		}
		return -1;
	}

	// ------------------------------------------------------------------ raw arrays

	/** The base adjacency, for tests of its index arithmetic. */
	CsrStorage csr() {
		return this.csr;
	}

	/**
	 * CSR row offsets of the base adjacency ({@code capacity() + 1} entries); the live
	 * array, for kernels: never write it.
	 */
	public int[] offsets() {
		return this.offsets;
	}

	/** CSR targets, one per directed slot; the live array: never write it. */
	public int[] targets() {
		return this.targets;
	}

	/**
	 * Cost code per directed slot, aligned with {@link #targets()}: the slot's cost is
	 * {@code costTable()[code]}, and code 0 is a removed tie (cost +infinity). The live
	 * array, overwritten in place when a tie is re-rated or removed: never write it.
	 */
	public char[] costCodes() {
		return this.code;
	}

	/**
	 * Cost (-ln strength) per code of {@link #costCodes()} and of the overlay's
	 * {@link Overlay#codes()}; entry 0 is +infinity. Fixed for the graph's lifetime
	 * (65,536 entries; an entry is written before any slot takes its code): never write
	 * it.
	 */
	public double[] costTable() {
		return this.costTable;
	}

	/** Cost of a directed base slot, +infinity when its tie is removed. */
	public double slotCost(int slot) {
		return this.costTable[this.code[slot]];
	}

	/**
	 * Strengths that took the code of a nearby one because the graph already held 65,535
	 * distinct strengths (0 on any real network; compaction starts afresh).
	 */
	public int approximatedStrengths() {
		return this.csr.codes.approximated();
	}

	/**
	 * Per-person flags ({@link #OPEN}, {@link #REMOVED}), {@link #capacity()} entries;
	 * the live array, changed in place under the graph's lock: never write it.
	 */
	public byte[] status() {
		return this.status;
	}

	/**
	 * The delta overlay, indexed by person ({@link #capacity()} entries): the ties added
	 * since the base was built, null for a person with none. Every walk of a person's
	 * ties reads {@code offsets/targets} and then {@code overlay()[v]}. The live array:
	 * never write it; an entry is replaced whole, never changed.
	 */
	public Overlay[] overlay() {
		return this.overlay;
	}

	// ------------------------------------------------------------------ adjacency

	/** Whether a directed base slot belongs to a removed tie. */
	public boolean isDead(int slot) {
		return this.code[slot] == 0;
	}

	/** Base slot of the (possibly dead) tie from {@code a} to {@code b}, or -1. */
	public int slotOf(int a, int b) {
		return this.csr.slotOf(a, b);
	}

	/** Degree counting removed ties and removed neighbours too (an upper bound). */
	public int rawDegree(int v) {
		Overlay o = this.overlay[v];
		return this.offsets[v + 1] - this.offsets[v] + ((o != null) ? o.targets().length : 0);
	}

	/** Live neighbours of {@code v} (live tie, neighbour not removed), in index order. */
	public int[] neighbours(int v) {
		// one read of the overlay: a writer may replace it meanwhile with a longer one
		Overlay o = this.overlay[v];
		int[] out = new int[this.offsets[v + 1] - this.offsets[v] + ((o != null) ? o.targets().length : 0)];
		int k = 0;
		for (int s = this.offsets[v], e = this.offsets[v + 1]; s < e; s++) {
			if (!isDead(s) && (this.status[this.targets[s]] & REMOVED) == 0) {
				out[k++] = this.targets[s];
			}
		}
		if (o != null) {
			for (int w : o.targets()) {
				if ((this.status[w] & REMOVED) == 0) {
					out[k++] = w;
				}
			}
			Arrays.sort(out, 0, k);
		}
		return (k == out.length) ? out : Arrays.copyOf(out, k);
	}

	/**
	 * Visits the live neighbours of {@code v}: the base ties in index order, then the
	 * overlay's.
	 */
	public void forEachNeighbour(int v, TieVisitor visitor) {
		for (int s = this.offsets[v], e = this.offsets[v + 1]; s < e; s++) {
			int w = this.targets[s];
			if (!isDead(s) && (this.status[w] & REMOVED) == 0) {
				visitor.visit(w, this.csr.codes.strength[this.code[s]], this.csr.tieOfSlot(v, s));
			}
		}
		Overlay o = this.overlay[v];
		if (o != null) {
			int[] t = o.targets();
			for (int k = 0; k < t.length; k++) {
				if ((this.status[t[k]] & REMOVED) == 0) {
					visitor.visit(t[k], tieStrength(o.ties()[k]), o.ties()[k]);
				}
			}
		}
	}

	/**
	 * Strength of the live tie between {@code a} and {@code b}, or 0 when there is none
	 * (strengths are in (0, 1]). O(log degree).
	 */
	public double strength(int a, int b) {
		int s = slotOf(a, b);
		if (s >= 0) {
			return this.csr.codes.strength[this.code[s]];
		}
		int tie = overlayTie(a, b);
		return (tie < 0) ? 0.0 : tieStrength(tie);
	}

	/**
	 * Cost (-ln strength) of the live tie between {@code a} and {@code b}, or +infinity
	 * when there is none.
	 */
	public double costBetween(int a, int b) {
		int s = slotOf(a, b);
		if (s >= 0) {
			return this.costTable[this.code[s]];
		}
		Overlay o = this.overlay[a];
		if (o != null) {
			int[] t = o.targets();
			for (int k = 0; k < t.length; k++) {
				if (t[k] == b) {
					return this.costTable[o.codes()[k]];
				}
			}
		}
		return Double.POSITIVE_INFINITY;
	}

	/** Tie index between {@code a} and {@code b} (live or not), or -1. */
	public int tieBetween(int a, int b) {
		int s = slotOf(a, b);
		return (s >= 0) ? this.csr.tieOfSlot(a, s) : overlayTie(a, b);
	}

	/** Strength of tie {@code tie} (0 for a removed one). O(log n) for a base tie. */
	public double tieStrength(int tie) {
		return (tie < this.csr.m) ? this.csr.tieStrength(tie) : this.overlayStrength[tie - this.csr.m];
	}

	/** Cost (-ln strength) of tie {@code tie}. */
	public double tieCost(int tie) {
		int[] ends = tieEndpoints(tie);
		return costBetween(ends[0], ends[1]);
	}

	/** The two people of tie {@code tie}, lower index first. O(log n). */
	public int[] tieEndpoints(int tie) {
		if (tie >= this.csr.m && tie < this.csr.m + this.overlayTies) {
			int i = tie - this.csr.m;
			int[] ends = this.overlayEnds;
			return new int[] { ends[2 * i], ends[2 * i + 1] };
		}
		return this.csr.tieEndpoints(tie);
	}

	/**
	 * Tie index of a directed base slot (the undirected edge it belongs to). O(log n).
	 */
	public int edgeOf(int slot) {
		return this.csr.tieOfSlot(this.csr.ownerOf(slot), slot);
	}

	/**
	 * Tie index of the base slot from {@code u} (its owner) to {@code targets[slot]}:
	 * O(1) from the lower endpoint, O(log degree) from the higher one.
	 */
	public int tieOfSlot(int u, int slot) {
		return this.csr.tieOfSlot(u, slot);
	}

	/**
	 * Strength per directed base slot, aligned with {@link #targets()} (0 for a removed
	 * tie, the overlay not included): a new array, O(m) time, 8 bytes per slot.
	 */
	public double[] slotStrengths() {
		return this.csr.slotStrengths();
	}

	/**
	 * People tied (live ties) to both {@code a} and {@code b}, removed people excluded,
	 * in index order: a merge of the two sorted neighbour lists, O(deg a + deg b).
	 */
	public int[] commonNeighbours(int a, int b) {
		if (this.overlay[a] != null || this.overlay[b] != null) {
			return commonOf(a, b, neighbours(a), neighbours(b));
		}
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

	private static int[] commonOf(int a, int b, int[] na, int[] nb) {
		int[] out = new int[Math.min(na.length, nb.length)];
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < na.length && j < nb.length) {
			if (na[i] < nb[j]) {
				i++;
			}
			else if (na[i] > nb[j]) {
				j++;
			}
			else {
				if (na[i] != a && na[i] != b) {
					out[k++] = na[i];
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
			int ta = tieBetween(a, x);
			int tb = tieBetween(b, x);
			out.add(new CommonNeighbour(x, ta, tieStrength(ta), tb, tieStrength(tb)));
		}
		return out;
	}

	/**
	 * A new graph with the same people at the same indices and the same live ties, the
	 * overlay folded into a new base CSR and the dead slots and the ties of removed
	 * people dropped: built from memory, in O(n + m), while this graph keeps answering.
	 * Removed people keep their index (flagged removed). Reads this graph without its
	 * lock, so a change made during the copy may be half seen: the caller replays every
	 * change made since it started (all changes are idempotent).
	 * @param capacity person slots of the new graph (at least {@link #nodeCount()})
	 * @return the compacted graph
	 */
	public KnowsGraph compact(int capacity) {
		int n = this.people;
		KnowsGraphBuilder builder = new KnowsGraphBuilder();
		for (int v = 0; v < n; v++) {
			// a removed person keeps their slot (indices are stable) but not their id
			builder.addPerson(isRemoved(v) ? TOMBSTONE + v : id(v), isOpen(v), tiesPrivate(v));
		}
		for (int v = 0; v < n; v++) {
			if (isRemoved(v)) {
				continue;
			}
			int from = v;
			forEachNeighbour(v, (w, s, tie) -> {
				if (w > from && s > 0) {
					builder.addTie(from, w, s);
				}
			});
		}
		KnowsGraph g = builder.build(Math.max(capacity, n));
		for (int v = 0; v < n; v++) {
			if (isRemoved(v)) {
				g.removePerson(v);
			}
		}
		return g;
	}

	/** Estimated heap footprint of the projection in bytes (arrays plus headers). */
	public long memoryBytes() {
		long overlayBytes = 16L * this.overlay.length / 4 + 32L * this.overlayTies;
		return HeapFootprint.of(this.csr, this.ids, this.state) + overlayBytes;
	}

	/**
	 * State another module derives from this graph and keeps for exactly its lifetime
	 * (the path finder's scratch pool), computed on first request per type. Lets the
	 * projection hand out one such object per graph without depending on the modules that
	 * define it. In-place writes keep the graph, so they keep what was derived from it:
	 * what depends on the ties must check {@link #version()} itself.
	 * @param type the key, usually the class of the derived object
	 * @param factory makes it from this graph, called at most once per type
	 * @return the derived object
	 */
	public <T> T derived(Class<T> type, Function<KnowsGraph, T> factory) {
		return type.cast(this.derived.computeIfAbsent(type, (k) -> factory.apply(this)));
	}

	/**
	 * The ties one person gained since the base was built, immutable and replaced whole
	 * on every change: {@code targets[k]} at cost {@code costTable()[codes[k]]}, tie
	 * index {@code ties[k]}. The codes are never 0, so a kernel can walk it with the same
	 * loop body as the base slots.
	 */
	public record Overlay(int[] targets, char[] codes, int[] ties) {

		/**
		 * {@code o} (null for none) with the entry for {@code target} re-rated or added.
		 */
		static Overlay put(Overlay o, int target, char code, int tie) {
			if (o == null) {
				return new Overlay(new int[] { target }, new char[] { code }, new int[] { tie });
			}
			int len = o.targets.length;
			for (int k = 0; k < len; k++) {
				if (o.targets[k] == target) {
					char[] c = o.codes.clone();
					c[k] = code;
					return new Overlay(o.targets, c, o.ties);
				}
			}
			int[] t = Arrays.copyOf(o.targets, len + 1);
			char[] c = Arrays.copyOf(o.codes, len + 1);
			int[] ti = Arrays.copyOf(o.ties, len + 1);
			t[len] = target;
			c[len] = code;
			ti[len] = tie;
			return new Overlay(t, c, ti);
		}

		/** This list without {@code target}, or null when it was the only entry. */
		Overlay without(int target) {
			int len = this.targets.length;
			int[] t = new int[len];
			char[] c = new char[len];
			int[] ti = new int[len];
			int k = 0;
			for (int i = 0; i < len; i++) {
				if (this.targets[i] != target) {
					t[k] = this.targets[i];
					c[k] = this.codes[i];
					ti[k++] = this.ties[i];
				}
			}
			return (k == 0) ? null : new Overlay(Arrays.copyOf(t, k), Arrays.copyOf(c, k), Arrays.copyOf(ti, k));
		}

	}

	/** A person tied to both {@code a} and {@code b}, with both ties. */
	public record CommonNeighbour(int person, int tieToA, double strengthToA, int tieToB, double strengthToB) {
	}

	/** Receives one live tie of a person. */
	@FunctionalInterface
	public interface TieVisitor {

		void visit(int neighbour, double strength, int tie);

	}

}
