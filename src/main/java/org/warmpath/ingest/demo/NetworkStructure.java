package org.warmpath.ingest.demo;

import java.util.Arrays;

/**
 * Builds the ties of the demo network in phases, each from its own seeded stream.
 * <ol>
 * <li><b>Teams</b> (colleague, supervisor): people sorted by region, organisation and
 * specialty are cut into teams of 5-12; each pair in a team is tied with probability
 * 0.62. Teams do not grow with the network, so clustering stays high at every size.</li>
 * <li><b>Supervision</b>: most juniors get one extra tie from a senior in the same
 * organisation, usually the same specialty (registrar or above; consultant or above for
 * core trainees and registrars).</li>
 * <li><b>Cohorts</b> (alumni): people sorted by region, career stage and specialty are
 * cut into training cohorts of 6-14, pairs tied with probability 0.2.</li>
 * <li><b>Triadic closure</b>: about 0.45 ties a person to a friend of a friend.</li>
 * <li><b>Programme cohorts</b>: members of national leadership and education programmes
 * meet in cohorts across regions and specialties; they are the bridges between
 * communities.</li>
 * <li><b>Conferences</b>: each person makes a Poisson number of weak ties to people drawn
 * in proportion to a Pareto-distributed fitness (within the specialty, within the region
 * or anywhere) or to their conference degree so far (preferential attachment). This gives
 * the heavy-tailed degree distribution and the long-range shortcuts.</li>
 * <li><b>Top-up</b> (only when a mean degree above the natural one, about 10.7, is asked
 * for): until the network has {@code meanDegree * n / 2} ties, a uniformly drawn person
 * gets either a friend of a friend (60%, colleague or alumni: keeps clustering high) or a
 * weak conference tie to someone drawn by fitness within their specialty or anywhere
 * (keeps the heavy tail and the shortcuts).</li>
 * </ol>
 * Grouping uses one sort of packed {@code long} keys per phase ({@code O(n log n)});
 * every other phase is linear in people plus ties. Memory is the tie columns, the pair
 * set and two {@code int} sort orders.
 */
final class NetworkStructure {

	private static final int PHASE_TEAMS = 11;

	private static final int PHASE_SUPERVISION = 12;

	private static final int PHASE_COHORTS = 13;

	private static final int PHASE_CLOSURE = 14;

	private static final int PHASE_PROGRAMMES = 15;

	private static final int PHASE_CONFERENCES = 16;

	private static final int PHASE_TOP_UP = 18;

	private static final double TOP_UP_CLOSURE = 0.6;

	private static final double TEAM_TIE = 0.62;

	private static final double COHORT_TIE = 0.20;

	private static final double PROGRAMME_TIE = 0.35;

	private static final double CLOSURE_PER_PERSON = 0.45;

	/** Mean number of conference ties a person starts, per grade. */
	private static final double[] CONFERENCE_MEAN = { 0.35, 0.5, 0.7, 0.9, 1.1, 0.8, 1.6 };

	private final Population people;

	private final long seed;

	final Ties ties;

	/**
	 * People ordered by specialty (then id), and where each specialty starts in that
	 * order.
	 */
	int[] bySpecialty;

	int[] specialtyStart;

	/**
	 * Adjacency of the close ties (teams, supervision, cohorts), for closure and
	 * mentoring.
	 */
	int[] closeOffsets;

	int[] closeNeighbours;

	/** Ties wanted in all (0: the natural density of the phases). */
	private final long wantedTies;

	NetworkStructure(Population people, long seed, int asOfDay, int firstDay, double meanDegree) {
		this.people = people;
		this.seed = seed;
		this.wantedTies = Math.round(meanDegree * people.size / 2.0);
		int expected = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(5.6, meanDegree / 2 + 0.1) * people.size + 64);
		this.ties = new Ties(people, asOfDay, firstDay, expected);
	}

	NetworkStructure build() {
		int[] teamOrder = sortedBy((i) -> (this.people.organisation[i] << 6) | this.people.specialty[i]);
		teams(teamOrder);
		supervision(teamOrder);
		teamOrder = null;
		cohorts();
		int[][] adjacency = this.ties.adjacency();
		this.closeOffsets = adjacency[0];
		this.closeNeighbours = adjacency[1];
		closure();
		programmeCohorts();
		this.bySpecialty = sortedBy((i) -> this.people.specialty[i]);
		this.specialtyStart = segmentStarts(this.bySpecialty, this.people.specialty, DemoVocabulary.SPECIALTIES.size());
		conferences();
		topUp();
		return this;
	}

	private interface Key {

		int of(int person);

	}

	/** Person ids sorted by a small non-negative key, ties broken by id. */
	private int[] sortedBy(Key key) {
		int n = this.people.size;
		long[] packed = new long[n];
		for (int i = 0; i < n; i++) {
			packed[i] = ((long) key.of(i) << 32) | i;
		}
		Arrays.sort(packed);
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = (int) packed[i];
		}
		return order;
	}

	private static int[] segmentStarts(int[] order, byte[] attribute, int values) {
		int[] start = new int[values + 1];
		for (int person : order) {
			start[attribute[person] + 1]++;
		}
		for (int v = 0; v < values; v++) {
			start[v + 1] += start[v];
		}
		return start;
	}

	private void teams(int[] order) {
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_TEAMS);
		Population p = this.people;
		int start = 0;
		int target = rng.between(5, 12);
		for (int q = 1; q <= order.length; q++) {
			boolean cut = q == order.length;
			if (!cut) {
				int current = order[q];
				int previous = order[q - 1];
				int teamSize = q - start;
				cut = p.region[current] != p.region[previous] || teamSize >= target
						|| (p.organisation[current] != p.organisation[previous] && teamSize >= 4);
			}
			if (cut) {
				for (int x = start; x < q; x++) {
					for (int y = x + 1; y < q; y++) {
						if (rng.chance(TEAM_TIE)) {
							teamTie(order[x], order[y], rng);
						}
					}
				}
				start = q;
				target = rng.between(5, 12);
			}
		}
	}

	private void teamTie(int a, int b, SplitMix64 rng) {
		int sa = this.people.tier(a);
		int sb = this.people.tier(b);
		int senior = (sa >= sb) ? a : b;
		int junior = (senior == a) ? b : a;
		if (Math.abs(sa - sb) >= 2 && Math.max(sa, sb) >= 3 && rng.chance(0.6)) {
			this.ties.add(senior, junior, Ties.SUPERVISOR, rng);
		}
		else if (rng.chance(0.5)) {
			this.ties.add(a, b, Ties.COLLEAGUE, rng);
		}
		else {
			this.ties.add(b, a, Ties.COLLEAGUE, rng);
		}
	}

	private void supervision(int[] order) {
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_SUPERVISION);
		Population p = this.people;
		int n = order.length;
		for (int q = 0; q < n; q++) {
			int junior = order[q];
			int seniority = p.tier(junior);
			if (seniority > 3 || !rng.chance(0.75)) {
				continue;
			}
			int required = (seniority <= 1) ? 3 : 4;
			for (int attempt = 0; attempt < 8; attempt++) {
				int pos = Math.max(0, Math.min(n - 1, q + rng.between(-30, 30)));
				int candidate = order[pos];
				if (p.organisation[candidate] == p.organisation[junior] && p.tier(candidate) >= required
						&& this.ties.add(candidate, junior, Ties.SUPERVISOR, rng)) {
					break;
				}
			}
		}
	}

	private void cohorts() {
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_COHORTS);
		Population p = this.people;
		int[] order = sortedBy((i) -> (p.region[i] << 8) | (stage(i) << 6) | p.specialty[i]);
		int start = 0;
		int target = rng.between(6, 14);
		for (int q = 1; q <= order.length; q++) {
			boolean cut = q == order.length;
			if (!cut) {
				int current = order[q];
				int previous = order[q - 1];
				int cohortSize = q - start;
				cut = p.region[current] != p.region[previous] || cohortSize >= target
						|| (stage(current) != stage(previous) && cohortSize >= 4);
			}
			if (cut) {
				for (int x = start; x < q; x++) {
					for (int y = x + 1; y < q; y++) {
						if (rng.chance(COHORT_TIE)) {
							this.ties.add(order[x], order[y], Ties.ALUMNI, rng);
						}
					}
				}
				start = q;
				target = rng.between(6, 14);
			}
		}
	}

	/** Career stage: 0 students and foundation doctors, 1 trainees, 2 seniors. */
	private int stage(int person) {
		int s = this.people.tier(person);
		return (s <= 1) ? 0 : (s <= 3) ? 1 : 2;
	}

	private void closure() {
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_CLOSURE);
		Population p = this.people;
		int[] offsets = this.closeOffsets;
		int[] neighbours = this.closeNeighbours;
		for (int i = 0; i < p.size; i++) {
			int count = rng.poisson(CLOSURE_PER_PERSON);
			int degree = offsets[i + 1] - offsets[i];
			for (int c = 0; c < count && degree > 0; c++) {
				int friend = neighbours[offsets[i] + rng.nextInt(degree)];
				int friendDegree = offsets[friend + 1] - offsets[friend];
				int other = neighbours[offsets[friend] + rng.nextInt(friendDegree)];
				if (other != i) {
					int kind = (p.organisation[i] == p.organisation[other]) ? Ties.COLLEAGUE : Ties.ALUMNI;
					this.ties.add(i, other, kind, rng);
				}
			}
		}
	}

	private void programmeCohorts() {
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_PROGRAMMES);
		Population p = this.people;
		int[] members = new int[p.size];
		for (int programme : DemoVocabulary.COHORT_PROGRAMMES) {
			int count = 0;
			for (int i = 0; i < p.size; i++) {
				if (p.inProgramme(i, programme)) {
					members[count++] = i;
				}
			}
			for (int i = count - 1; i > 0; i--) {
				int j = rng.nextInt(i + 1);
				int swap = members[i];
				members[i] = members[j];
				members[j] = swap;
			}
			int start = 0;
			while (start < count) {
				int end = Math.min(count, start + rng.between(10, 16));
				for (int x = start; x < end; x++) {
					for (int y = x + 1; y < end; y++) {
						if (rng.chance(PROGRAMME_TIE)) {
							this.ties.add(members[x], members[y], Ties.PROGRAMME, rng);
						}
					}
				}
				start = end;
			}
		}
	}

	private void conferences() {
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_CONFERENCES);
		Population p = this.people;
		int n = p.size;
		int[] byRegion = sortedBy((i) -> p.region[i]);
		int[] regionStart = segmentStarts(byRegion, p.region, DemoVocabulary.REGIONS.size());
		double[] globalFitness = cumulativeFitness(null);
		double[] specialtyFitness = cumulativeFitness(this.bySpecialty);
		double[] regionFitness = cumulativeFitness(byRegion);
		int firstConference = this.ties.size;
		for (int i = 0; i < n; i++) {
			// well-known people (high fitness) also reach out more: speakers, organisers
			double fitness = p.fitness[i];
			double mean = CONFERENCE_MEAN[p.grade[i]] + ((fitness > 10) ? Math.min(fitness, 400) / 5.0 : 0.0);
			int count = rng.poisson(mean);
			for (int c = 0; c < count; c++) {
				for (int attempt = 0; attempt < 4; attempt++) {
					double mode = rng.nextDouble();
					int other;
					if (mode < 0.40) {
						int s = p.specialty[i];
						other = this.bySpecialty[sample(specialtyFitness, this.specialtyStart[s],
								this.specialtyStart[s + 1], rng)];
					}
					else if (mode < 0.55) {
						int r = p.region[i];
						other = byRegion[sample(regionFitness, regionStart[r], regionStart[r + 1], rng)];
					}
					else if (mode < 0.65 || this.ties.size == firstConference) {
						other = sample(globalFitness, 0, n, rng);
					}
					else {
						// preferential attachment: an endpoint of a random earlier
						// conference tie
						int e = firstConference + rng.nextInt(this.ties.size - firstConference);
						other = rng.chance(0.5) ? this.ties.source[e] : this.ties.target[e];
					}
					if (this.ties.add(i, other, Ties.CONFERENCE, rng)) {
						break;
					}
				}
			}
		}
	}

	private void topUp() {
		if (this.ties.size >= this.wantedTies) {
			return;
		}
		SplitMix64 rng = SplitMix64.forPhase(this.seed, PHASE_TOP_UP);
		Population p = this.people;
		int n = p.size;
		int[][] adjacency = this.ties.adjacency();
		int[] offsets = adjacency[0];
		int[] neighbours = adjacency[1];
		double[] globalFitness = cumulativeFitness(null);
		double[] specialtyFitness = cumulativeFitness(this.bySpecialty);
		// a pair already tied is drawn again; the bound only stops a network too small
		// to hold the degree asked for (every pair tied) from looping forever
		long attempts = 50 * this.wantedTies + 1000;
		while (this.ties.size < this.wantedTies && attempts-- > 0) {
			int i = rng.nextInt(n);
			int other;
			int kind;
			int degree = offsets[i + 1] - offsets[i];
			if (degree > 0 && rng.chance(TOP_UP_CLOSURE)) {
				int friend = neighbours[offsets[i] + rng.nextInt(degree)];
				int friendDegree = offsets[friend + 1] - offsets[friend];
				other = neighbours[offsets[friend] + rng.nextInt(friendDegree)];
				kind = (p.organisation[i] == p.organisation[other]) ? Ties.COLLEAGUE : Ties.ALUMNI;
			}
			else if (rng.chance(0.5)) {
				int s = p.specialty[i];
				other = this.bySpecialty[sample(specialtyFitness, this.specialtyStart[s], this.specialtyStart[s + 1],
						rng)];
				kind = Ties.CONFERENCE;
			}
			else {
				other = sample(globalFitness, 0, n, rng);
				kind = Ties.CONFERENCE;
			}
			this.ties.add(i, other, kind, rng);
		}
	}

	private double[] cumulativeFitness(int[] order) {
		int n = this.people.size;
		double[] cumulative = new double[n];
		double total = 0;
		for (int q = 0; q < n; q++) {
			total += this.people.fitness[(order != null) ? order[q] : q];
			cumulative[q] = total;
		}
		return cumulative;
	}

	/** A position in {@code [from, to)} drawn in proportion to the fitness there. */
	private static int sample(double[] cumulative, int from, int to, SplitMix64 rng) {
		double before = (from == 0) ? 0 : cumulative[from - 1];
		double u = before + rng.nextDouble() * (cumulative[to - 1] - before);
		int lo = from;
		int hi = to - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] > u) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return lo;
	}

}
