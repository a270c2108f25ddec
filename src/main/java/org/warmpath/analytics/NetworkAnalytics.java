package org.warmpath.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.warmpath.paths.PathFinder;
import org.warmpath.people.PersonErased;
import org.warmpath.paths.SearchLimits;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.Projection;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Network analytics over the in-memory projection (reach, brokers, communities, summary),
 * with every result cached against the projection version so a heavy answer is computed
 * once per graph change, whether a job or a synchronous request asked for it. A person's
 * erasure drops every cached result at once ({@link PersonErased}).
 */
@Service
public class NetworkAnalytics {

	/**
	 * Exact betweenness while people x ties stays at or below this (ego-Facebook, 4,039 x
	 * 88,234 = 3.6e8, took 12.8 s on two shared cores); above it, sources are sampled so
	 * that the work stays about this size.
	 */
	public static final double EXACT_BETWEENNESS_WORK = 4.0e8;

	/** Fewest sources a sampled betweenness uses. */
	public static final int MIN_BETWEENNESS_SAMPLE = 50;

	/**
	 * Sources x ties a sampled betweenness aims at: {@code k = max(50, 5e7 / ties)}. The
	 * old budget (4e8, the exact threshold) drew 746 sources at 100k people / 535k ties
	 * and blocked a cold request about 29 s on two shared cores; on graphs that size a
	 * source costs several times what it does on ego-Facebook (the arrays leave the CPU
	 * caches), so the sample is 8x smaller: 93 sources at 100k people.
	 */
	public static final double SAMPLED_BETWEENNESS_WORK = 5.0e7;

	/**
	 * Sources x ties above which a synchronous {@code GET /api/analytics/brokers} with
	 * nothing cached does not compute in the request: it starts (or joins) a job and
	 * answers 202 with its Location. 100k people (93 x 535k = 5.0e7) stays synchronous;
	 * 1M people (50 x 5.4M = 2.7e8) and exact graphs above 1e8 (ego-Facebook, 3.6e8) go
	 * to a job.
	 */
	public static final double SYNC_BETWEENNESS_WORK = 1.0e8;

	/** The betweenness sampling rule as the brokers answer states it. */
	public static final String SAMPLE_RULE = "exact while people x ties <= 4e8; above, k = max(50, 5e7 / ties) "
			+ "sources drawn uniformly without replacement (seed 42), Brandes-Pich scaled by people / k";

	/** Seed of every sample, so answers are repeatable. */
	public static final long SEED = 42;

	/** Reach distribution is exact up to this many people, sampled above. */
	public static final int REACH_EXACT_PEOPLE = 5_000;

	/** Sources of a sampled reach distribution. */
	public static final int REACH_SAMPLE = 1_000;

	/** BFS sources of the distance estimates. */
	public static final int DISTANCE_SAMPLE = 100;

	/** Most articulation points and bridges listed (counts are always complete). */
	public static final int MAX_CUTS_LISTED = 100;

	private final Projection projection;

	private final Object viewLock = new Object();

	private volatile NetworkView view;

	private final Cache cache = new Cache();

	NetworkAnalytics(Projection projection) {
		this.projection = projection;
	}

	/** The view of the current projection version, built on first use of that version. */
	public NetworkView view() {
		Projection.Snapshot s = this.projection.snapshot();
		NetworkView v = this.view;
		if (v != null && v.version() == s.covers() && v.knows() == s.graph()) {
			return v;
		}
		synchronized (this.viewLock) {
			// again under the lock: an erasure may have cleared the view meanwhile
			s = this.projection.snapshot();
			v = this.view;
			if (v != null && v.version() == s.covers() && v.knows() == s.graph()) {
				return v;
			}
			v = build(s);
			this.view = v;
			long version = v.version();
			this.cache.forgetUnless(version);
			return v;
		}
	}

	private NetworkView build(Projection.Snapshot s) {
		var knows = s.graph();
		int n = knows.nodeCount();
		String[] names = new String[n];
		String[] grades = new String[n];
		int[] specialty = new int[n];
		int[] region = new int[n];
		Arrays.fill(specialty, -1);
		Arrays.fill(region, -1);
		boolean[] mentor = new boolean[n];
		boolean[] priv = new boolean[n];
		NetworkView.Codes specialties = new NetworkView.Codes();
		NetworkView.Codes regions = new NetworkView.Codes();
		// from the projection's person cards: no Neo4j read, so the first request after a
		// write costs the analysis, not a re-read of every person
		for (int v = 0; v < n; v++) {
			if (knows.isRemoved(v) || !s.cards().has(v)) {
				continue;
			}
			PersonCard card = s.cards().get(v);
			names[v] = card.name();
			grades[v] = card.grade();
			specialty[v] = specialties.code(card.specialty());
			region[v] = regions.code(card.region());
			mentor[v] = card.openToMentoring() && card.mentorCapacity() > card.activeMentees();
			priv[v] = knows.tiesPrivate(v);
		}
		return new NetworkView(s.covers(), knows, PathFinder.of(knows), new NetworkView.Lazy(knows), names, grades,
				specialty, region, List.copyOf(specialties.names), List.copyOf(regions.names), mentor, priv);
	}

	/**
	 * The cached results, one typed slot per kind (parameters are applied afterwards).
	 */
	private static final class Cache {

		final PerVersion<Answers.ReachDistribution> reachDistribution = new PerVersion<>();

		final PerVersion<Answers.Centrality> betweenness = new PerVersion<>();

		final PerVersion<Cuts.Result> cuts = new PerVersion<>();

		final PerVersion<Louvain.Result> louvain = new PerVersion<>();

		final PerVersion<Ranked> ranked = new PerVersion<>();

		final PerVersion<Answers.Summary> summary = new PerVersion<>();

		List<PerVersion<?>> slots() {
			return List.of(this.reachDistribution, this.betweenness, this.cuts, this.louvain, this.ranked,
					this.summary);
		}

		void forgetUnless(long version) {
			slots().forEach(slot -> slot.forgetUnless(version));
		}

	}

	/**
	 * Whether the view or a cached result computed on a graph version up to
	 * {@code version} is still held; for tests.
	 */
	boolean holdsUpTo(long version) {
		NetworkView v = this.view;
		return (v != null && v.version() <= version) || this.cache.slots().stream().anyMatch(s -> s.holdsUpTo(version));
	}

	/**
	 * The result in {@code slot} at the current version: from the cache, or computed now
	 * (and cached).
	 */
	<T> T cachedOrCompute(PerVersion<T> slot, Function<NetworkView, T> compute) {
		NetworkView v = view();
		T hit = slot.get(v.version());
		if (hit != null) {
			return hit;
		}
		T result = compute.apply(v);
		NetworkView current = this.view;
		if (current != null && v.version() == current.version()) {
			slot.put(v.version(), result);
		}
		return result;
	}

	/**
	 * Drops the view and every cached answer when a person is erased: they were computed
	 * while the person was in the graph and may name them (ids, names, members of a
	 * community). A later request computes afresh on the graph without them.
	 * @param event the erasure
	 */
	@EventListener
	void erased(PersonErased event) {
		synchronized (this.viewLock) {
			this.view = null;
			this.cache.slots().forEach(PerVersion::clear);
		}
	}

	// ------------------------------------------------------------------ reach

	/**
	 * People reachable at each hop count from one person through consenting
	 * intermediaries, split by specialty and region, with mentors who have capacity. One
	 * breadth-first search, O(people and ties within maxHops).
	 */
	public Answers.Reach reach(String from, int maxHops) {
		return reach(view(), from, maxHops);
	}

	/**
	 * The reach answer over one view: everything a reach request does after it has the
	 * view (no database read: the attributes were read once when the view was built).
	 * Static so the benchmark times exactly this code.
	 */
	static Answers.Reach reach(NetworkView v, String from, int maxHops) {
		int source = v.knows().indexOf(from);
		if (source < 0 || v.knows().isRemoved(source)) {
			throw org.warmpath.problems.Problems.notFound("person", from);
		}
		int[][] levels = v.finder().reachByHops(source, SearchLimits.of(maxHops, java.time.Duration.ofSeconds(30)));
		List<Answers.HopReach> byHop = new ArrayList<>();
		long total = 0;
		for (int h = 0; h < levels.length; h++) {
			Map<String, Integer> bySpecialty = new TreeMap<>();
			Map<String, Integer> byRegion = new TreeMap<>();
			int mentors = 0;
			for (int p : levels[h]) {
				bySpecialty.merge(orUnknown(v.specialtyOf(p)), 1, Integer::sum);
				byRegion.merge(orUnknown(v.regionOf(p)), 1, Integer::sum);
				if (v.mentorWithCapacity()[p]) {
					mentors++;
				}
			}
			total += levels[h].length;
			byHop.add(new Answers.HopReach(h + 1, levels[h].length, total, mentors, bySpecialty, byRegion));
		}
		return new Answers.Reach(from, maxHops, byHop, total);
	}

	private static String orUnknown(String s) {
		return (s == null) ? "unknown" : s;
	}

	/**
	 * Median and 90th percentile of how many people each person reaches within 2 and 3
	 * hops, over everyone up to {@link #REACH_EXACT_PEOPLE} people, over a seeded sample
	 * of {@link #REACH_SAMPLE} above.
	 */
	public Answers.ReachDistribution reachDistribution(Progress progress) {
		return cachedOrCompute(this.cache.reachDistribution, v -> {
			AnalysisGraph g = v.graph();
			int live = g.liveVertexCount();
			boolean exact = live <= REACH_EXACT_PEOPLE;
			int[] sources = exact ? Betweenness.allSources(g) : Betweenness.sampleSources(g, REACH_SAMPLE, SEED);
			int[] within2 = new int[sources.length];
			int[] within3 = new int[sources.length];
			SearchLimits limits = SearchLimits.of(3, java.time.Duration.ofMinutes(10));
			for (int i = 0; i < sources.length; i++) {
				int[][] levels = v.finder().reachByHops(sources[i], limits);
				within2[i] = levels[0].length + levels[1].length;
				within3[i] = within2[i] + levels[2].length;
				if (i % 10 == 0) {
					progress.report((double) i / sources.length);
				}
			}
			return new Answers.ReachDistribution(null, live, exact, sources.length, exact ? null : SEED,
					Answers.Percentiles.of(within2), Answers.Percentiles.of(within3));
		});
	}

	// ------------------------------------------------------------------ brokers

	/**
	 * How many BFS sources betweenness uses on a graph of this size: every live person
	 * ({@code live}, exact) while {@code live x ties <= EXACT_BETWEENNESS_WORK}, else
	 * {@code max(MIN_BETWEENNESS_SAMPLE, SAMPLED_BETWEENNESS_WORK / ties)} drawn with
	 * {@link #SEED} (never more than {@code live}).
	 */
	public static int betweennessSources(int live, long ties) {
		double work = (double) live * Math.max(1, ties);
		if (work <= EXACT_BETWEENNESS_WORK) {
			return live;
		}
		int k = (int) Math.max(MIN_BETWEENNESS_SAMPLE, SAMPLED_BETWEENNESS_WORK / Math.max(1, ties));
		return Math.min(k, live);
	}

	/**
	 * Whether betweenness on a graph this size is too heavy to compute inside a request.
	 */
	public static boolean betweennessNeedsJob(int live, long ties) {
		return (double) betweennessSources(live, ties) * Math.max(1, ties) > SYNC_BETWEENNESS_WORK;
	}

	/** The current graph version (builds its view on first use). */
	public long version() {
		return view().version();
	}

	/** Whether the betweenness of the current version is cached. */
	public boolean betweennessCached() {
		return this.cache.betweenness.get(version()) != null;
	}

	/**
	 * Whether computing betweenness of the current version now would exceed the
	 * synchronous budget.
	 */
	public boolean betweennessNeedsJob() {
		AnalysisGraph g = view().graph();
		return betweennessNeedsJob(g.liveVertexCount(), g.edgeCount());
	}

	/** Betweenness of every person (cached), exact or sampled by size. */
	public Answers.Centrality betweenness(Progress progress) {
		return cachedOrCompute(this.cache.betweenness, v -> {
			AnalysisGraph g = v.graph();
			int live = g.liveVertexCount();
			int k = betweennessSources(live, g.edgeCount());
			boolean exact = k >= live;
			int[] sources = exact ? Betweenness.allSources(g) : Betweenness.sampleSources(g, k, SEED);
			double[] bc = Betweenness.compute(g, sources, Runtime.getRuntime().availableProcessors(), true, progress);
			return new Answers.Centrality(bc, exact, exact ? null : sources.length, exact ? null : SEED);
		});
	}

	/** Top brokers, articulation points and bridges. */
	public Answers.Brokers brokers(int top, Progress progress) {
		Answers.Centrality c = betweenness(progress);
		NetworkView v = view();
		Cuts.Result cuts = cachedOrCompute(this.cache.cuts, w -> Cuts.of(w.graph()));
		Integer[] order = new Integer[v.graph().vertexCount()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		double[] bc = c.values();
		List<Answers.Broker> brokers = Arrays.stream(order)
			.filter(i -> v.graph().isLive(i))
			.sorted(Comparator.<Integer>comparingDouble(i -> -bc[i]).thenComparing(i -> i))
			.limit(top)
			.map(i -> new Answers.Broker(person(v, i), bc[i]))
			.toList();
		List<Answers.PersonRef> points = Arrays.stream(cuts.articulationPoints())
			.limit(MAX_CUTS_LISTED)
			.mapToObj(i -> person(v, i))
			.toList();
		List<Answers.Bridge> bridges = cuts.bridges()
			.stream()
			.limit(MAX_CUTS_LISTED)
			.map(b -> new Answers.Bridge(person(v, b[0]), person(v, b[1]),
					Double.parseDouble(Float.toString((float) v.knows().strength(b[0], b[1])))))
			.toList();
		return new Answers.Brokers(c.exact(), c.sampleSize(), c.seed(), v.graph().liveVertexCount(),
				EXACT_BETWEENNESS_WORK, SAMPLE_RULE, brokers, cuts.articulationPoints().length, points,
				cuts.bridges().size(), bridges);
	}

	static Answers.PersonRef person(NetworkView v, int i) {
		return new Answers.PersonRef(v.knows().id(i), v.name(i));
	}

	// ------------------------------------------------------------------ communities

	/** Louvain partition of the current version (cached). */
	public Louvain.Result partition(Progress progress) {
		return cachedOrCompute(this.cache.louvain, v -> Louvain.communities(v.graph(), true, progress));
	}

	/**
	 * Communities, largest first (ids are ranks: 0 is the largest; exports use the same
	 * ids), with top specialties and regions and the members with most ties leaving it.
	 */
	public Answers.Communities communities(int limit, boolean members, Progress progress) {
		Louvain.Result r = partition(progress);
		NetworkView v = view();
		Ranked ranked = cachedOrCompute(this.cache.ranked, w -> Ranked.of(w, r));
		List<Answers.Community> out = new ArrayList<>();
		for (int c = 0; c < Math.min(limit, ranked.count()); c++) {
			int[] m = ranked.members(c);
			Map<String, Integer> specialties = new LinkedHashMap<>();
			Map<String, Integer> regions = new LinkedHashMap<>();
			for (int p : m) {
				specialties.merge(orUnknown(v.specialtyOf(p)), 1, Integer::sum);
				regions.merge(orUnknown(v.regionOf(p)), 1, Integer::sum);
			}
			int[] external = new int[m.length];
			for (int i = 0; i < m.length; i++) {
				int p = m[i];
				AnalysisGraph g = v.graph();
				for (int s = g.outOffsets[p]; s < g.outOffsets[p + 1]; s++) {
					if (ranked.rank[g.outTargets[s]] != c) {
						external[i]++;
					}
				}
			}
			Integer[] idx = new Integer[m.length];
			for (int i = 0; i < idx.length; i++) {
				idx[i] = i;
			}
			List<Answers.CommunityBroker> brokers = Arrays.stream(idx)
				.filter(i -> external[i] > 0)
				.sorted(Comparator.<Integer>comparingInt(i -> -external[i]).thenComparing(i -> m[i]))
				.limit(3)
				.map(i -> new Answers.CommunityBroker(v.knows().id(m[i]), v.name(m[i]), external[i]))
				.toList();
			out.add(new Answers.Community(c, m.length, top(specialties), top(regions), brokers,
					members ? Arrays.stream(m).mapToObj(p -> v.knows().id(p)).toList() : null));
		}
		return new Answers.Communities("louvain", true, r.modularity(), ranked.count(), out);
	}

	/** Community rank of every person (-1 for removed people), for exports. */
	public int[] communityOf(Progress progress) {
		Louvain.Result r = partition(progress);
		return cachedOrCompute(this.cache.ranked, w -> Ranked.of(w, r)).rank;
	}

	private static List<Answers.Count> top(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(3)
			.map(e -> new Answers.Count(e.getKey(), e.getValue()))
			.toList();
	}

	/** Communities renumbered by size, largest first, live people only. */
	record Ranked(int[] rank, int[] start, int[] order) {

		static Ranked of(NetworkView v, Louvain.Result r) {
			AnalysisGraph g = v.graph();
			int n = g.vertexCount();
			int k = r.count();
			int[] size = new int[Math.max(k, 1)];
			for (int p = 0; p < n; p++) {
				if (g.isLive(p)) {
					size[r.community()[p]]++;
				}
			}
			Integer[] byCommunity = new Integer[k];
			for (int c = 0; c < k; c++) {
				byCommunity[c] = c;
			}
			Arrays.sort(byCommunity, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparing(c -> c));
			int[] rankOf = new int[k];
			int live = 0;
			for (int i = 0; i < k; i++) {
				rankOf[byCommunity[i]] = i;
				if (size[byCommunity[i]] > 0) {
					live++;
				}
			}
			int[] rank = new int[n];
			int[] start = new int[live + 1];
			for (int p = 0; p < n; p++) {
				rank[p] = g.isLive(p) ? rankOf[r.community()[p]] : -1;
				if (rank[p] >= 0) {
					start[rank[p] + 1]++;
				}
			}
			for (int c = 0; c < live; c++) {
				start[c + 1] += start[c];
			}
			int[] order = new int[start[live]];
			int[] pos = Arrays.copyOf(start, live);
			for (int p = 0; p < n; p++) {
				if (rank[p] >= 0) {
					order[pos[rank[p]]++] = p;
				}
			}
			return new Ranked(rank, start, order);
		}

		int count() {
			return this.start.length - 1;
		}

		int[] members(int c) {
			return Arrays.copyOfRange(this.order, this.start[c], this.start[c + 1]);
		}

	}

	// ------------------------------------------------------------------ summary

	/** People, ties, components, degree histogram, clustering and distance estimates. */
	public Answers.Summary summary(Progress progress) {
		return cachedOrCompute(this.cache.summary, v -> {
			AnalysisGraph g = v.graph();
			int[] label = Traversal.components(g);
			int[] sizes = Traversal.componentSizes(g, label);
			progress.report(0.05);
			Map<Integer, Integer> histogram = new TreeMap<>();
			for (int p = 0; p < g.vertexCount(); p++) {
				if (g.isLive(p)) {
					histogram.merge(g.degree(p), 1, Integer::sum);
				}
			}
			// clustering 5-50%, distance estimate 50-100%, each reporting as it goes
			double clustering = Clustering.average(g, f -> progress.report(0.05 + 0.45 * f));
			Traversal.DistanceEstimate d = Traversal.distances(g, DISTANCE_SAMPLE, SEED,
					f -> progress.report(0.5 + 0.5 * f));
			int[] listed = Arrays.copyOf(sizes, Math.min(sizes.length, 1000));
			return new Answers.Summary(g.liveVertexCount(), g.edgeCount(), listed, sizes.length, clustering, histogram,
					d.averageDistance(), d.diameter(), d.exact(), d.sources());
		});
	}

}
