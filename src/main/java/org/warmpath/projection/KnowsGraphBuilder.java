package org.warmpath.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Collects people and ties, then builds a {@link KnowsGraph} in O(n + m) time with two
 * counting-sort passes (no per-person lists); peak memory is about three copies of the
 * tie list. Kept apart from the graph because building is the only place that needs
 * growable lists and a {@code HashMap} of ids. Duplicate ties between the same pair keep
 * the strongest; self-ties are ignored. Not thread-safe; single use.
 */
public final class KnowsGraphBuilder {

	private final HashMap<String, Integer> index = new HashMap<>();

	private final ArrayList<String> ids = new ArrayList<>();

	private byte[] open = new byte[64];

	private boolean[] tiesPrivate = new boolean[64];

	private int[] ea = new int[64];

	private int[] eb = new int[64];

	private float[] es = new float[64];

	private int edges;

	KnowsGraphBuilder() {
	}

	/**
	 * Adds a person whose connections are visible to their contacts (or updates the
	 * consent of one already added).
	 * @return the person's index in the projection to be built
	 */
	public int addPerson(String id, boolean openToIntroductions) {
		return addPerson(id, openToIntroductions, false);
	}

	/**
	 * Adds a person (or updates the consent and connection visibility of one already
	 * added).
	 * @param tiesPrivate true when their {@code connectionVisibility} is {@code private}
	 * @return the person's index in the projection to be built
	 */
	public int addPerson(String id, boolean openToIntroductions, boolean tiesPrivate) {
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
				this.tiesPrivate = Arrays.copyOf(this.tiesPrivate, idx * 2);
			}
		}
		this.open[idx] = openToIntroductions ? KnowsGraph.OPEN : 0;
		this.tiesPrivate[idx] = tiesPrivate;
		return idx;
	}

	/** Adds a tie between two people already added, by id. */
	public KnowsGraphBuilder addTie(String idA, String idB, double strength) {
		Integer a = this.index.get(idA);
		Integer b = this.index.get(idB);
		if (a == null || b == null) {
			throw new IllegalArgumentException("unknown person in tie " + idA + " - " + idB);
		}
		return addTie((int) a, (int) b, strength);
	}

	/** Adds a tie between two people by the indices {@link #addPerson} returned. */
	public KnowsGraphBuilder addTie(int a, int b, double strength) {
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

	/**
	 * Builds the graph with room for about an eighth more people (at least 64), so that
	 * people added in place take spare slots.
	 */
	public KnowsGraph build() {
		int n = this.ids.size();
		return build(n + Math.max(64, n / 8));
	}

	/**
	 * Builds the graph with room for {@code capacity} people in all.
	 * @param capacity person slots, at least {@link #personCount()}
	 * @return the graph
	 */
	public KnowsGraph build(int capacity) {
		int n = this.ids.size();
		if (capacity < n) {
			throw new IllegalArgumentException("capacity " + capacity + " is below " + n + " people");
		}
		int raw = this.edges;
		// pass 1: stable counting sort by the higher endpoint, pass 2: by the lower one
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
		char[] code = new char[2 * m];
		CostCodes codes = new CostCodes();
		// ties in (lower, higher) order: every list receives its lower neighbours first,
		// in increasing order, then its higher ones, in increasing order, so lists come
		// out sorted
		for (int e = 0; e < m; e++) {
			int u = sa[e];
			int v = sb[e];
			char c = codes.code(ss[e]);
			int p = pos[u]++;
			targets[p] = v;
			code[p] = c;
			p = pos[v]++;
			targets[p] = u;
			code[p] = c;
		}
		int[] padded = Arrays.copyOf(offsets, capacity + 1);
		Arrays.fill(padded, n + 1, capacity + 1, offsets[n]);
		CsrStorage csr = new CsrStorage(n, m, padded, targets, code, codes, firstTie);
		return new KnowsGraph(csr, IdIndex.of(this.ids), Arrays.copyOf(this.open, capacity),
				Arrays.copyOf(this.tiesPrivate, capacity));
	}

}
