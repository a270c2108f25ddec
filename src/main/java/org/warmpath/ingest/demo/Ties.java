package org.warmpath.ingest.demo;

import java.util.Arrays;

/**
 * The ties of the demo network as parallel primitive columns (12 bytes a tie), with a
 * {@link LongHashSet} over unordered pairs so that no pair is added twice, in either
 * direction. Strength (hundredths) and start date are drawn when a tie is accepted, so a
 * rejected duplicate consumes no randomness that would shift later ties.
 */
final class Ties {

	static final int SUPERVISOR = 0;

	static final int COLLEAGUE = 1;

	static final int ALUMNI = 2;

	static final int CONFERENCE = 3;

	static final int PROGRAMME = 4;

	static final String[] CONTEXTS = { "supervisor", "colleague", "alumni", "conference", "programme" };

	/** Strength range per context, in hundredths: {low, high}. */
	private static final int[][] STRENGTH = { { 70, 95 }, { 50, 90 }, { 30, 70 }, { 5, 40 }, { 35, 75 } };

	private final Population people;

	private final int asOfDay;

	private final int firstDay;

	private final LongHashSet pairs;

	int size;

	int[] source;

	int[] target;

	byte[] context;

	/** Hundredths, 1..100. */
	byte[] strength;

	/** Days since {@code firstDay}. */
	short[] since;

	Ties(Population people, int asOfDay, int firstDay, int expected) {
		this.people = people;
		this.asOfDay = asOfDay;
		this.firstDay = firstDay;
		this.pairs = new LongHashSet(expected);
		this.source = new int[expected];
		this.target = new int[expected];
		this.context = new byte[expected];
		this.strength = new byte[expected];
		this.since = new short[expected];
	}

	static long key(int a, int b) {
		return (a < b) ? ((long) a << 32) | b : ((long) b << 32) | a;
	}

	boolean contains(int a, int b) {
		return this.pairs.contains(key(a, b));
	}

	/**
	 * Adds the tie unless it is a self-tie or the pair is already tied.
	 * @param from source person
	 * @param to target person
	 * @param kind one of the context constants
	 * @param rng stream for the tie's strength and date
	 * @return whether it was added
	 */
	boolean add(int from, int to, int kind, SplitMix64 rng) {
		if (from == to || !this.pairs.add(key(from, to))) {
			return false;
		}
		if (this.size == this.source.length) {
			int capacity = this.size + (this.size >> 1) + 16;
			this.source = Arrays.copyOf(this.source, capacity);
			this.target = Arrays.copyOf(this.target, capacity);
			this.context = Arrays.copyOf(this.context, capacity);
			this.strength = Arrays.copyOf(this.strength, capacity);
			this.since = Arrays.copyOf(this.since, capacity);
		}
		int[] range = STRENGTH[kind];
		double raw = range[0] + rng.nextDouble() * (range[1] - range[0]) + rng.nextGaussian() * 4.0;
		int hundredths = (int) Math.round(Math.max(range[0] - 5, Math.min(range[1] + 5, raw)));
		hundredths = Math.max(1, Math.min(100, hundredths));
		int earliest = Math.max(this.people.careerStart[from], this.people.careerStart[to]);
		int day = earliest + rng.nextInt(this.asOfDay - earliest + 1);
		int i = this.size++;
		this.source[i] = from;
		this.target[i] = to;
		this.context[i] = (byte) kind;
		this.strength[i] = (byte) hundredths;
		this.since[i] = (short) (day - this.firstDay);
		return true;
	}

	/**
	 * Compressed adjacency (both directions) of the ties added so far.
	 * @return {@code [offsets, neighbours]}: person {@code i}'s neighbours are
	 * {@code neighbours[offsets[i] .. offsets[i + 1])}
	 */
	int[][] adjacency() {
		int n = this.people.size;
		int[] offsets = new int[n + 1];
		for (int e = 0; e < this.size; e++) {
			offsets[this.source[e] + 1]++;
			offsets[this.target[e] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			offsets[i + 1] += offsets[i];
		}
		int[] fill = Arrays.copyOf(offsets, n);
		int[] neighbours = new int[2 * this.size];
		for (int e = 0; e < this.size; e++) {
			neighbours[fill[this.source[e]]++] = this.target[e];
			neighbours[fill[this.target[e]]++] = this.source[e];
		}
		return new int[][] { offsets, neighbours };
	}

}
