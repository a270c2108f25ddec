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
 * It is three parts behind one face: the immutable CSR adjacency ({@link CsrStorage}:
 * person {@code v} owns the directed slots {@code offsets[v] .. offsets[v+1]-1}, slot
 * {@code s} leads to {@code targets[s]} at {@code costs[s] = -ln(strength)}, lists sorted
 * by target; ties numbered in (lower, higher) order), the id index ({@link IdIndex}) and
 * the flags changed in place ({@link LiveState}). About 28.3 bytes per tie plus about 26
 * bytes per person: about 31 MiB per million ties at ten ties per person
 * ({@link #memoryBytes()}).
 *
 * <p>
 * Mutation: consent ({@link #setOpen}), tie removal ({@link #removeTie}) and person
 * removal ({@link #removePerson}) happen in place and bump a volatile {@link #version()};
 * a search that starts after a mutation returned sees it. Adding people or ties is not
 * done in place: the owner ({@link Projection}) builds a new graph with a
 * {@link KnowsGraphBuilder} and swaps it in. Removed ties and people stay in the arrays
 * (readers skip them) until that rebuild.
 *
 * <p>
 * The search kernels (package {@code org.warmpath.paths}) read the arrays directly
 * ({@link #offsets()}, {@link #targets()}, {@link #costs()}, {@link #status()},
 * {@link #deadSlots()}), once per search, so their inner loops index plain arrays.
 */
public final class KnowsGraph {

	/** {@link #status()} bit: open to introductions. */
	public static final byte OPEN = 1;

	/** {@link #status()} bit: removed. */
	public static final byte REMOVED = 2;

	private final CsrStorage csr;

	private final IdIndex ids;

	private final LiveState state;

	private final int[] offsets;

	private final int[] targets;

	private final double[] cost;

	private final byte[] status;

	private final int[] deadSlots;

	private final ConcurrentHashMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

	KnowsGraph(CsrStorage csr, IdIndex ids, byte[] status, boolean[] tiesPrivate) {
		this.csr = csr;
		this.ids = ids;
		this.state = new LiveState(csr, status, tiesPrivate);
		this.offsets = csr.offsets;
		this.targets = csr.targets;
		this.cost = csr.cost;
		this.status = status;
		this.deadSlots = this.state.deadSlots;
	}

	public static KnowsGraphBuilder builder() {
		return new KnowsGraphBuilder();
	}

	// ------------------------------------------------------------------ size and ids

	/** Number of people in the projection, removed ones included (indices are stable). */
	public int nodeCount() {
		return this.csr.n;
	}

	/** Number of people not removed. */
	public int liveNodeCount() {
		return this.csr.n - this.state.removedPeople();
	}

	/** Number of live (not removed) ties. */
	public int tieCount() {
		return this.state.liveTies();
	}

	/** Number of ties the projection was built with, removed ones included. */
	public int tieCapacity() {
		return this.csr.m;
	}

	/** Bumped by every in-place mutation; a cheap way for owners to notice changes. */
	public long version() {
		return this.state.version();
	}

	/** Index of the person with this business id, or -1 when absent. */
	public int indexOf(String id) {
		return this.ids.indexOf(id);
	}

	/** Business id of person {@code idx} (a new String each call). */
	public String id(int idx) {
		return this.ids.id(idx);
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

	/**
	 * Removes the tie between {@code a} and {@code b} (both directed slots are marked
	 * dead).
	 * @return whether a live tie was removed
	 */
	public boolean removeTie(int a, int b) {
		return this.state.removeTie(a, b);
	}

	// ------------------------------------------------------------------ raw arrays

	/**
	 * CSR row offsets ({@code n + 1} entries); the live array, for kernels: never write
	 * it.
	 */
	public int[] offsets() {
		return this.offsets;
	}

	/** CSR targets, one per directed slot; the live array: never write it. */
	public int[] targets() {
		return this.targets;
	}

	/** Cost (-ln strength) per directed slot; the live array: never write it. */
	public double[] costs() {
		return this.cost;
	}

	/**
	 * Per-person flags ({@link #OPEN}, {@link #REMOVED}); the live array, changed in
	 * place under the graph's lock: never write it.
	 */
	public byte[] status() {
		return this.status;
	}

	/**
	 * Dead directed slots, one bit each in int words; the live array, changed in place:
	 * never write it.
	 */
	public int[] deadSlots() {
		return this.deadSlots;
	}

	// ------------------------------------------------------------------ adjacency

	/** Whether a directed slot belongs to a removed tie. */
	public boolean isDead(int slot) {
		return (this.deadSlots[slot >>> 5] & (1 << slot)) != 0;
	}

	/** Slot of the (possibly dead) tie from {@code a} to {@code b}, or -1. */
	public int slotOf(int a, int b) {
		return this.csr.slotOf(a, b);
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
				int tie = this.csr.tieOfSlot(v, s);
				visitor.visit(w, this.csr.tieStrength[tie], tie);
			}
		}
	}

	/**
	 * Strength of the live tie between {@code a} and {@code b}, or 0 when there is none
	 * (strengths are in (0, 1]). O(log degree).
	 */
	public double strength(int a, int b) {
		int s = slotOf(a, b);
		return (s < 0 || isDead(s)) ? 0.0 : this.csr.tieStrength[this.csr.tieOfSlot(a, s)];
	}

	/** Tie index between {@code a} and {@code b} (live or not), or -1. */
	public int tieBetween(int a, int b) {
		int s = slotOf(a, b);
		return (s < 0) ? -1 : this.csr.tieOfSlot(a, s);
	}

	/** Strength of tie {@code tie}. */
	public double tieStrength(int tie) {
		return this.csr.tieStrength[tie];
	}

	/** Cost (-ln strength) of tie {@code tie}. */
	public double tieCost(int tie) {
		int[] ends = tieEndpoints(tie);
		return this.cost[slotOf(ends[0], ends[1])];
	}

	/** The two people of tie {@code tie}, lower index first. O(log n). */
	public int[] tieEndpoints(int tie) {
		return this.csr.tieEndpoints(tie);
	}

	/** Tie index of a directed slot (the undirected edge it belongs to). O(log n). */
	public int edgeOf(int slot) {
		return this.csr.tieOfSlot(this.csr.ownerOf(slot), slot);
	}

	/**
	 * Tie index of the slot from {@code u} (its owner) to {@code targets[slot]}: O(1)
	 * from the lower endpoint, O(log degree) from the higher one.
	 */
	public int tieOfSlot(int u, int slot) {
		return this.csr.tieOfSlot(u, slot);
	}

	/**
	 * Strength per directed slot, aligned with {@link #targets()} (dead slots included):
	 * a new array, O(n + m) time, 8 bytes per slot.
	 */
	public double[] slotStrengths() {
		return this.csr.slotStrengths();
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
			int ta = this.csr.tieOfSlot(a, slotOf(a, x));
			int tb = this.csr.tieOfSlot(b, slotOf(b, x));
			out.add(new CommonNeighbour(x, ta, this.csr.tieStrength[ta], tb, this.csr.tieStrength[tb]));
		}
		return out;
	}

	/** Estimated heap footprint of the projection in bytes (arrays plus headers). */
	public long memoryBytes() {
		return HeapFootprint.of(this.csr, this.ids, this.state);
	}

	/**
	 * State another module derives from this graph and keeps for exactly its lifetime
	 * (the path finder's scratch pool), computed on first request per type. Lets the
	 * projection hand out one such object per graph without depending on the modules that
	 * define it.
	 * @param type the key, usually the class of the derived object
	 * @param factory makes it from this graph, called at most once per type
	 * @return the derived object
	 */
	public <T> T derived(Class<T> type, Function<KnowsGraph, T> factory) {
		return type.cast(this.derived.computeIfAbsent(type, (k) -> factory.apply(this)));
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
