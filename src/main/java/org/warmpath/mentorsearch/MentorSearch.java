package org.warmpath.mentorsearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.warmpath.cypher.Cypher;
import org.warmpath.paths.GraphPath;
import org.warmpath.paths.IntroductionPaths;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.RouteWeights;
import org.warmpath.paths.SearchLimits;
import org.warmpath.projection.Projection;
import org.warmpath.people.PersonSummary;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;

import org.springframework.stereotype.Service;

/**
 * Ranks mentors for a mentee by fit, reachability, capacity and experience, and says why.
 *
 * <p>
 * Candidates (open to mentoring, capacity left) and the mentee's own attributes come from
 * the in-memory {@link MentorCatalogue} (primitive arrays per catalogue version); their
 * reachability from one single-source capped warmest search on the projection that stops
 * as soon as no unsettled candidate can enter the top k ({@link ReachRanking}; the full
 * search stays as {@link #recommendByFullRanking}, the reference). They are scored into
 * arrays, and the best come out of a bounded heap (no full sort, no object per
 * candidate), skipping this mentee's own mentors; the warmest path is spelled out only
 * for the mentors returned, and their cards come from the projection. No Neo4j read: the
 * catalogue follows every write in place (capacity used included, see
 * {@link MentorCatalogue}). Score = 0.40 fit + 0.35 reachability + 0.15 capacity + 0.10
 * experience; fit = 0.4 specialty + 0.2 region + 0.2 skills + 0.2 level.
 *
 * <p>
 * Programme pools (issue 15): a mentor in a programme pool searched (by default every
 * programme the mentee belongs to) is reachable through the programme itself, with no
 * introduction; their reachability is the larger of the network's warmth and
 * {@link #PROGRAMME_REACH}. The pools are a candidate set merged into the one bounded
 * ranking, not a second ranking, and each mentor returned says its {@code routes}. The
 * same candidates as ever (open to mentoring, not paused, capacity left, not already the
 * mentee's mentor): a pool never lets anyone else in.
 *
 * <p>
 * One definition, for the fast and the full ranking alike, so that both give the same
 * mentors, in the same order, with the same scores (bit for bit, which matters because
 * scores that tie in value are ordered by id): a candidate's reachability is
 * {@link ReachRanking#reach} of its least cost within {@value #REACH_HOPS} ties through
 * open people (the cost search decides whether the network reaches them, for the score),
 * its score is {@link #score} summed in that one order, and the order is score, then id.
 * The {@code path} and the {@code network} route of a mentor returned are the path
 * finder's warmest path under the same hop cap and the same rules (the same kernels, so
 * it finds a path exactly when the cost search finds a cost); it is asked only for the
 * mentors returned, and not for those the cost search found unreachable. A pooled mentor
 * the ranking settled by their pool before its search reached them is looked up by
 * {@link ReachRanking#networkReaches} (a breadth-first check, no costs) first, so one out
 * of reach costs no path search at all.
 */
@Service
public class MentorSearch {

	static final MentorRecommendation.Parts WEIGHTS = new MentorRecommendation.Parts(0.40, 0.35, 0.15, 0.10);

	/**
	 * Reachability of a mentor through a programme pool: 0.8, the warmth of a strong
	 * direct tie (a supervisor's 0.7-0.95, a close colleague's). Why that value: the
	 * programme's own matching is a route with no introduction and no one in between,
	 * like someone the mentee knows well, so it must beat every path through an
	 * introducer (at most the weaker of two strong ties, about 0.8 x 0.9 = 0.72), yet a
	 * close colleague who would do anything for them (strength 0.9-1.0) is still the
	 * warmer way in than a scheme's queue.
	 */
	public static final double PROGRAMME_REACH = 0.8;

	private static final int REACH_HOPS = 4;

	/** A filter code meaning no filter (specialty or region not asked for). */
	private static final int NO_FILTER = Integer.MIN_VALUE;

	/** Skills and memberships of the last published candidate list seen. */
	private volatile Flat flat;

	/** Projection index per place in the last candidate list and graph seen. */
	private volatile CandidateNodes candidateNodes;

	/** What the last recommendation on each thread did ({@link #lastWork}). */
	private static final ThreadLocal<Work> LAST = ThreadLocal.withInitial(() -> Work.NONE);

	private final Driver driver;

	private final Projection projection;

	private final MentorCatalogue catalogue;

	private final RouteWeights routeWeights;

	MentorSearch(Driver driver, Projection projection, MentorCatalogue catalogue, RouteWeights routeWeights) {
		this.driver = driver;
		this.projection = projection;
		this.catalogue = catalogue;
		this.routeWeights = routeWeights;
	}

	/** What seniority gap the mentee wants. */
	public enum Level {

		/** One or two rungs of the grade ladder above the mentee (people.Grades). */
		NEAR_PEER,
		/** Three or more rungs above the mentee. */
		SENIOR,
		/** Anyone more senior, or of unknown grade. */
		ANY;

		static Level parse(String s) {
			return switch (s.toLowerCase(Locale.ROOT)) {
				case "near-peer", "near_peer", "nearpeer" -> NEAR_PEER;
				case "senior" -> SENIOR;
				case "any" -> ANY;
				default -> throw Problems.badRequest("level", "level must be near-peer, senior or any");
			};
		}

		String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * Ranked mentors for a mentee.
	 * @param menteeId the mentee
	 * @param specialty only mentors in this specialty (null: any, preferring the
	 * mentee's)
	 * @param region only mentors in this region (null: any, preferring the mentee's)
	 * @param skills skills wanted (null: the mentee's own)
	 * @param levelText near-peer, senior or any
	 * @param limit how many to return
	 * @return the ranking
	 */
	public MentorRecommendations recommend(String menteeId, String specialty, String region, List<String> skills,
			String levelText, int limit) {
		return recommend(menteeId, specialty, region, skills, levelText, null, limit, false);
	}

	/**
	 * Ranked mentors for a mentee, from the network and from programme pools together.
	 * @param menteeId the mentee
	 * @param specialty only mentors in this specialty (null: any, preferring the
	 * mentee's)
	 * @param region only mentors in this region (null: any, preferring the mentee's)
	 * @param skills skills wanted (null: the mentee's own)
	 * @param levelText near-peer, senior or any
	 * @param programme the one programme whose pool is searched (null: every programme
	 * the mentee belongs to). A programme the mentee is not in is searched all the same:
	 * a mentee may look at a scheme's mentors before joining it. Mentors reachable
	 * through the network are ranked with the pool either way.
	 * @param limit how many to return
	 * @return the ranking
	 * @throws org.springframework.web.ErrorResponseException 404 for an unknown programme
	 * or mentee
	 */
	public MentorRecommendations recommend(String menteeId, String specialty, String region, List<String> skills,
			String levelText, String programme, int limit) {
		return recommend(menteeId, specialty, region, skills, levelText, programme, limit, false);
	}

	/**
	 * The same answer as {@link #recommend} by the plain method: the reachability of
	 * every candidate, every candidate scored. Kept as the reference the fast ranking is
	 * tested against (same answers) and benchmarked beside ({@code MentorBenchmark}).
	 * @param menteeId the mentee
	 * @param specialty only mentors in this specialty (null: any)
	 * @param region only mentors in this region (null: any)
	 * @param skills skills wanted (null: the mentee's own)
	 * @param levelText near-peer, senior or any
	 * @param limit how many to return
	 * @return the ranking
	 */
	public MentorRecommendations recommendByFullRanking(String menteeId, String specialty, String region,
			List<String> skills, String levelText, int limit) {
		return recommend(menteeId, specialty, region, skills, levelText, null, limit, true);
	}

	/**
	 * {@link #recommend(String, String, String, List, String, String, int)} by the plain
	 * method (the reference, see {@link #recommendByFullRanking}).
	 * @param menteeId the mentee
	 * @param specialty only mentors in this specialty (null: any)
	 * @param region only mentors in this region (null: any)
	 * @param skills skills wanted (null: the mentee's own)
	 * @param levelText near-peer, senior or any
	 * @param programme the one programme pool searched (null: the mentee's)
	 * @param limit how many to return
	 * @return the ranking
	 */
	public MentorRecommendations recommendByFullRanking(String menteeId, String specialty, String region,
			List<String> skills, String levelText, String programme, int limit) {
		return recommend(menteeId, specialty, region, skills, levelText, programme, limit, true);
	}

	private MentorRecommendations recommend(String menteeId, String specialty, String region, List<String> skills,
			String levelText, String programme, int limit, boolean fullRanking) {
		long started = System.nanoTime();
		Level level = Level.parse(levelText);
		MentorCatalogue.Table cat = this.catalogue.table();
		Mentee mentee = mentee(cat, menteeId);
		boolean[] pools = pools(cat, mentee, programme);
		String wantSpecialty = (specialty != null) ? specialty : mentee.specialty();
		String wantRegion = (region != null) ? region : mentee.region();
		boolean[] wanted = new boolean[cat.skillNames.size()];
		int wantCount = 0;
		Set<String> wantSkills = new HashSet<>();
		for (String k : (skills != null) ? skills : mentee.skills()) {
			String lower = k.toLowerCase(Locale.ROOT);
			if (wantSkills.add(lower)) {
				wantCount++;
				int code = cat.skillCode(lower);
				if (code >= 0) {
					wanted[code] = true;
				}
			}
		}
		int menteeSeniority = (mentee.seniority() != null) ? mentee.seniority() : MentorCatalogue.Table.NO_SENIORITY;
		int onlySpecialty = (specialty != null) ? cat.specialtyCode(MentorCatalogue.lower(specialty)) : NO_FILTER;
		int onlyRegion = (region != null) ? cat.regionCode(MentorCatalogue.lower(region)) : NO_FILTER;
		int wantSpecialtyCode = cat.specialtyCode(MentorCatalogue.lower(wantSpecialty));
		int wantRegionCode = cat.regionCode(MentorCatalogue.lower(wantRegion));

		// candidates: positions in the published candidate list, no object per candidate
		int[] available = cat.available;
		int menteeRow = cat.row(menteeId);
		Flat flat = flat(cat, available);
		int[] at = new int[available.length];
		int count = 0;
		if (onlySpecialty == NO_FILTER && onlyRegion == NO_FILTER && level == Level.ANY) {
			// no filter asked for (the usual request): everyone but the mentee
			for (int j = 0; j < available.length; j++) {
				at[count] = j;
				count += (available[j] != menteeRow) ? 1 : 0;
			}
		}
		else {
			for (int j = 0; j < available.length; j++) {
				if ((onlySpecialty == NO_FILTER || flat.specialty()[j] == onlySpecialty)
						&& (onlyRegion == NO_FILTER || flat.region()[j] == onlyRegion) && available[j] != menteeRow
						&& (level == Level.ANY || levelFit(level, menteeSeniority, flat.seniority()[j]) > 0)) {
					at[count++] = j;
				}
			}
		}

		// reachability of all of them from one single-source capped search
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		// introducers at their quota: every walk to a mentor goes around them, as every
		// route finder's does
		int[] saturated = this.routeWeights.saturated(graph);
		int source = graph.indexOf(menteeId);
		Candidates c = new Candidates(count);
		int[] skillCount = (wantCount > 0) ? flat.skillCount(wanted) : null;
		c.fill(cat, flat, at, this.nodeAt(cat, available, graph), graph, skillCount, wantCount, wantSpecialtyCode,
				wantRegionCode, level, menteeSeniority, pools, ownMentorRows(cat, menteeId));
		int[] rows = c.rows;
		int[] targets = c.targets;
		boolean[] pooled = c.pooled;
		double[] fit = c.fit;
		ReachRanking.Capacities cap = new ReachRanking.Capacities(at, flat.capacity(), flat.left(), flat.before());
		double[] reach = new double[count];
		double[] score = new double[count];
		byte[] network = new byte[count];
		ReachRanking.Work searchWork = ReachRanking.Work.NONE;
		if (fullRanking) {
			double[] costs = null;
			if (source >= 0) {
				int[] searched = new int[count];
				for (int i = 0; i < count; i++) {
					searched[i] = Math.max(0, targets[i]);
				}
				costs = PathFinder.of(graph)
					.warmestCosts(source, searched,
							SearchLimits.of(REACH_HOPS, Duration.ofSeconds(2)).withAvoid(saturated));
			}
			for (int i = 0; i < count; i++) {
				double cost = (costs != null && targets[i] >= 0) ? costs[i] : Double.POSITIVE_INFINITY;
				network[i] = Double.isFinite(cost) ? ReachRanking.REACHED : ReachRanking.UNREACHED;
				reach[i] = ReachRanking.reach(cost, pooled[i], PROGRAMME_REACH);
				score[i] = cap.score(i, fit[i], reach[i]);
			}
		}
		else {
			ReachRanking.rank(graph, source, targets, c.rankable, limit, REACH_HOPS, cap, fit, c.fixed, pooled,
					c.pooledAt(), PROGRAMME_REACH, reach, score, network,
					System.nanoTime() + Duration.ofSeconds(2).toNanos(), saturated);
			searchWork = ReachRanking.lastWork();
		}
		int pathSearches = 0;
		int reachChecks = 0;

		// best first (score, then id) out of a bounded heap, a batch at a time, skipping
		// the mentee's own mentors; paths only for the mentors returned
		List<MentorRecommendation> out = new ArrayList<>();
		TopK top = new TopK(score, rows, cat.ids);
		while (out.size() < limit) {
			int[] batch = top.next(limit - out.size());
			if (batch.length == 0) {
				break;
			}
			for (int i : batch) {
				int r = rows[i];
				String id = cat.ids[r];
				int capacity = cat.capacity[r];
				int capacityLeft = capacity - cat.active[r];
				if (capacityLeft <= 0 || cat.mentors(id, menteeId)) {
					// already this mentee's mentor, or full since the ranking began
					continue;
				}
				int before = cat.menteesBefore[r];
				double specialtyFit = (wantSpecialtyCode >= 0 && cat.specialty[r] == wantSpecialtyCode) ? 1 : 0;
				double regionFit = (wantRegionCode >= 0 && cat.region[r] == wantRegionCode) ? 1 : 0;
				double skillsFit = (wantCount > 0) ? skillsFit(cat, r, wanted, wantCount) : 0;
				MentorRecommendation.Parts parts = new MentorRecommendation.Parts(round(fit[i]), round(reach[i]),
						round((double) capacityLeft / capacity), round(Math.min(1.0, before / 5.0)));
				int node = targets[i];
				PersonCard card = (node >= 0) ? snapshot.cards().get(node) : null;
				// a pooled mentor scored by the pool before the search reached them: a
				// breadth-first check says whether the network reaches them too (cheap
				// where a path search for someone out of reach is the slowest it gets)
				boolean check = source >= 0 && node >= 0 && network[i] == ReachRanking.UNKNOWN;
				reachChecks += check ? 1 : 0;
				boolean reached = source >= 0 && node >= 0 && (network[i] == ReachRanking.REACHED
						|| (check && ReachRanking.networkReaches(graph, source, node, REACH_HOPS, saturated)));
				MentorRecommendation.PathSummary path = reached ? path(snapshot, source, node, saturated) : null;
				pathSearches += reached ? 1 : 0;
				List<MentorRecommendation.Route> routes = new ArrayList<>();
				if (pooled[i]) {
					for (int m : cat.programmes[r]) {
						if ((m & 1) == 0 && (m >>> 1) < pools.length && pools[m >>> 1]) {
							routes.add(MentorRecommendation.Route.programme(new MentorRecommendation.Programme(
									cat.programmeIds.get(m >>> 1), cat.programmeNames.get(m >>> 1))));
						}
					}
				}
				if (path != null) {
					routes.add(MentorRecommendation.Route.network(path));
				}
				boolean skipSearch = saturated.length > 0 && source >= 0 && node >= 0;
				pathSearches += skipSearch ? 1 : 0;
				List<MentorRecommendation.Skipped> skipped = skipSearch
						? skipped(snapshot, source, node, saturated, path) : List.of();
				out.add(new MentorRecommendation(IntroductionPaths.summary(id, card), round(score[i]), parts,
						new MentorRecommendation.Fit(specialtyFit, regionFit, round(skillsFit),
								levelFit(level, menteeSeniority, cat.seniority[r])),
						capacityLeft, before, path, List.copyOf(routes), skipped));
			}
		}
		double tookMs = Math.round((System.nanoTime() - started) / 1e3) / 1e3;
		LAST.set(new Work(count, searchWork.popped(), searchWork.pushed(), searchWork.stopped(), searchWork.leftOut(),
				searchWork.exact(), pathSearches, reachChecks));
		return new MentorRecommendations(menteeId, level.label(), count, out, WEIGHTS, tookMs);
	}

	/**
	 * What the last recommendation on the calling thread did: why one request costs more
	 * than another ({@code MentorBenchmark} prints their distribution) and whether the
	 * ranking's search stopped early or left labels out (tests). Kept per thread, not in
	 * a counter every request writes, so it costs the hot path nothing shared.
	 * @return the work of this thread's last {@link #recommend} (zeros before any)
	 */
	public static Work lastWork() {
		return LAST.get();
	}

	/**
	 * What one recommendation did.
	 *
	 * @param candidates candidates after the filters
	 * @param labelsSettled labels the ranking's search settled (0 for the full ranking,
	 * whose search is the path kernel's)
	 * @param labelsPushed labels it pushed onto its heap
	 * @param stopped whether the ranking's search stopped before exhausting the
	 * hop-bounded neighbourhood
	 * @param leftOut whether it left labels past the stop test's cost out
	 * @param exact candidates holding a long ranking search open that were given their
	 * exact cost from both ends instead of the search running on to them
	 * @param pathSearches path searches run for the mentors returned (warmest paths and
	 * what-was-skipped searches)
	 * @param reachChecks breadth-first reachability checks for pooled mentors
	 */
	public record Work(int candidates, int labelsSettled, int labelsPushed, boolean stopped, boolean leftOut, int exact,
			int pathSearches, int reachChecks) {

		static final Work NONE = new Work(0, 0, 0, false, false, 0, 0, 0);

	}

	/**
	 * The programme codes whose pools are searched (indexed by code), or null for none:
	 * the named programme (404 when no programme has that id), else the mentee's own.
	 */
	private boolean[] pools(MentorCatalogue.Table cat, Mentee mentee, String programme) {
		int n = cat.programmeIds.size();
		if (programme != null) {
			int code = cat.programmeCode(programme);
			if (code < 0) {
				// no one the catalogue holds belongs to it: an empty pool if it exists
				if (Cypher.read(this.driver, "mentorsearch/programme", Map.of("id", programme)).isEmpty()) {
					throw Problems.notFound("programme", programme);
				}
				return null;
			}
			boolean[] pools = new boolean[Math.max(n, code + 1)];
			pools[code] = true;
			return pools;
		}
		boolean[] pools = null;
		for (String id : mentee.programmes()) {
			int code = cat.programmeCode(id);
			if (code >= 0) {
				if (pools == null) {
					pools = new boolean[Math.max(n, code + 1)];
				}
				pools[code] = true;
			}
		}
		return pools;
	}

	/** The catalogue rows of the mentee's own mentors (a handful at most). */
	private static int[] ownMentorRows(MentorCatalogue.Table cat, String menteeId) {
		Set<String> mentors = cat.mentorsOf(menteeId);
		int[] out = new int[mentors.size()];
		int n = 0;
		for (String id : mentors) {
			int r = cat.row(id);
			if (r >= 0) {
				out[n++] = r;
			}
		}
		return Arrays.copyOf(out, n);
	}

	private static boolean contains(int[] small, int x) {
		for (int v : small) {
			if (v == x) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Each available mentor's programme memberships flattened into one array, and each
	 * skill's postings (the places holding it), per published candidate list
	 * ({@link MentorCatalogue.Table#available}, replaced by every write), in the order of
	 * that list; the skills themselves are flattened only to build the postings.
	 *
	 * <p>
	 * Why: a row's skills and memberships are an array each, and reading 16,000 of them
	 * per recommendation (at 100k people) is a cache miss per candidate; reading flat
	 * arrays is not. Made by the first recommendation after a write, kept until the next.
	 */
	private Flat flat(MentorCatalogue.Table cat, int[] available) {
		Flat held = this.flat;
		if (held != null && held.available() == available) {
			return held;
		}
		int n = available.length;
		int[] skillsAt = new int[n + 1];
		int[] programmesAt = new int[n + 1];
		int skillCount = 0;
		int programmeCount = 0;
		for (int j = 0; j < n; j++) {
			skillCount += cat.skills[available[j]].length;
			programmeCount += cat.programmes[available[j]].length;
		}
		int[] skills = new int[skillCount];
		int[] programmes = new int[programmeCount];
		skillCount = 0;
		programmeCount = 0;
		for (int j = 0; j < n; j++) {
			int[] sk = cat.skills[available[j]];
			int[] pr = cat.programmes[available[j]];
			// a row changed in place meanwhile may have grown: never past the arrays
			int ks = Math.min(sk.length, skills.length - skillCount);
			int kp = Math.min(pr.length, programmes.length - programmeCount);
			System.arraycopy(sk, 0, skills, skillCount, ks);
			System.arraycopy(pr, 0, programmes, programmeCount, kp);
			skillCount += ks;
			programmeCount += kp;
			skillsAt[j + 1] = skillCount;
			programmesAt[j + 1] = programmeCount;
		}
		// the attributes every request's filter and fit loops read, in candidate order:
		// read at the catalogue's rows they were a cache miss per candidate and per array
		int[] specialty = new int[n];
		int[] region = new int[n];
		int[] seniority = new int[n];
		int[] capacity = new int[n];
		int[] left = new int[n];
		int[] before = new int[n];
		for (int j = 0; j < n; j++) {
			int r = available[j];
			specialty[j] = cat.specialty[r];
			region[j] = cat.region[r];
			seniority[j] = cat.seniority[r];
			capacity[j] = cat.capacity[r];
			left[j] = cat.capacity[r] - cat.active[r];
			before[j] = cat.menteesBefore[r];
		}
		// the parts of the score that do not depend on the mentee, as score() computes
		// them
		double[] capacityPart = new double[n];
		double[] experiencePart = new double[n];
		for (int j = 0; j < n; j++) {
			capacityPart[j] = WEIGHTS.capacity() * ((capacity[j] > 0) ? (double) left[j] / capacity[j] : 0);
			experiencePart[j] = WEIGHTS.experience() * Math.min(1.0, before[j] / 5.0);
		}
		// each skill's postings: the places holding it, in place order
		int codes = 0;
		for (int code : skills) {
			codes = Math.max(codes, code + 1);
		}
		int[] postingsAt = new int[codes + 1];
		for (int code : skills) {
			if (code >= 0) {
				postingsAt[code + 1]++;
			}
		}
		for (int code = 0; code < codes; code++) {
			postingsAt[code + 1] += postingsAt[code];
		}
		int[] postings = new int[postingsAt[codes]];
		int[] next = Arrays.copyOf(postingsAt, codes);
		for (int j = 0; j < n; j++) {
			for (int k = skillsAt[j]; k < skillsAt[j + 1]; k++) {
				if (skills[k] >= 0) {
					postings[next[skills[k]]++] = j;
				}
			}
		}
		Flat made = new Flat(available, programmesAt, programmes, specialty, region, seniority, capacity, left, before,
				capacityPart, experiencePart, postingsAt, postings);
		this.flat = made;
		return made;
	}

	/** Whether a mentor's memberships (not as a mentee) meet one of the pools. */
	private static boolean inPool(int[] memberships, int from, int to, boolean[] pools) {
		for (int k = from; k < to; k++) {
			int code = memberships[k] >>> 1;
			int m = memberships[k];
			if ((m & 1) == 0 && code < pools.length && pools[code]) {
				return true;
			}
		}
		return false;
	}

	private static double skillsFit(MentorCatalogue.Table cat, int r, boolean[] wanted, int wantCount) {
		int[] skills = cat.skills[r];
		return skillsFit(skills, 0, skills.length, wanted, wantCount);
	}

	private static double skillsFit(int[] skills, int from, int to, boolean[] wanted, int wantCount) {
		int have = 0;
		for (int k = from; k < to; k++) {
			int c = skills[k];
			if (c < wanted.length && wanted[c]) {
				have++;
			}
		}
		return (double) have / wantCount;
	}

	/**
	 * The mentee's own attributes: from the catalogue, which holds everyone; from Neo4j
	 * only when the catalogue does not know the person yet (404 when nobody has the id).
	 */
	private Mentee mentee(MentorCatalogue.Table cat, String menteeId) {
		int r = cat.row(menteeId);
		if (r >= 0) {
			List<String> programmes = new ArrayList<>();
			for (int m : cat.programmes[r]) {
				programmes.add(cat.programmeIds.get(m >>> 1));
			}
			return new Mentee(cat.seniorityOf(r), cat.specialtyOf(r), cat.regionOf(r), cat.skillsOf(r), programmes);
		}
		List<Record> rows = Cypher.read(this.driver, "mentorsearch/mentee", Map.of("id", menteeId));
		if (rows.isEmpty()) {
			throw Problems.notFound("person", menteeId);
		}
		Record m = rows.get(0);
		return new Mentee(m.get("seniority").isNull() ? null : m.get("seniority").asInt(),
				m.get("specialty").asString(null), m.get("region").asString(null),
				m.get("skills").asList(Value::asString), m.get("programmes").asList(Value::asString));
	}

	/**
	 * Projection index of each candidate in the published candidate list's order (-1 when
	 * not projected), made once per (candidate list, graph) pair: looked up per request
	 * at the candidates' catalogue rows it was a cache miss per candidate.
	 */
	private int[] nodeAt(MentorCatalogue.Table cat, int[] available, KnowsGraph graph) {
		CandidateNodes held = this.candidateNodes;
		if (held != null && held.available() == available && held.graph() == graph) {
			return held.nodes();
		}
		int[] out = new int[available.length];
		for (int j = 0; j < available.length; j++) {
			out[j] = graph.indexOf(cat.ids[available[j]]);
		}
		this.candidateNodes = new CandidateNodes(available, graph, out);
		return out;
	}

	static double score(double fit, double reach, int capacity, int capacityLeft, int before) {
		double capacityPart = (capacity > 0) ? (double) capacityLeft / capacity : 0;
		return WEIGHTS.fit() * fit + WEIGHTS.reachability() * reach + WEIGHTS.capacity() * capacityPart
				+ WEIGHTS.experience() * Math.min(1.0, before / 5.0);
	}

	/**
	 * Recommendations as the viewer may see them: each path names only the people
	 * {@link Viewer#path} discloses (the mentee and the mentor always).
	 * @param answer the full recommendations
	 * @param viewer who asks
	 * @return the recommendations as the viewer may see them
	 */
	public static MentorRecommendations redact(MentorRecommendations answer, Viewer viewer) {
		if (viewer.seesEverything()) {
			return answer;
		}
		List<MentorRecommendation> mentors = answer.mentors().stream().map(m -> {
			MentorRecommendation.PathSummary p = m.path();
			if (p == null) {
				return m;
			}
			List<String> people = viewer.path(p.people(), m.person().id()).ids(p.people());
			MentorRecommendation.PathSummary shown = new MentorRecommendation.PathSummary(people, p.hops(), p.warmth());
			List<MentorRecommendation.Route> routes = m.routes()
				.stream()
				.map(route -> (route.path() != null) ? MentorRecommendation.Route.network(shown) : route)
				.toList();
			return new MentorRecommendation(m.person(), m.score(), m.parts(), m.fit(), m.capacityLeft(),
					m.menteesBefore(), shown, routes, m.skipped());
		}).toList();
		return new MentorRecommendations(answer.forPerson(), answer.level(), answer.candidates(), mentors,
				answer.weights(), answer.tookMs());
	}

	private static MentorRecommendation.PathSummary path(Projection.Snapshot snapshot, int source, int target,
			int[] saturated) {
		List<GraphPath> best = PathFinder.of(snapshot.graph())
			.paths(PathMode.WARMEST, source, target, 1,
					SearchLimits.of(REACH_HOPS, Duration.ofSeconds(1)).withAvoid(saturated));
		if (best.isEmpty()) {
			return null;
		}
		GraphPath p = best.get(0);
		List<String> people = new ArrayList<>();
		for (int node : p.nodes()) {
			people.add(snapshot.graph().id(node));
		}
		return new MentorRecommendation.PathSummary(people, p.hops(), round(p.warmth()));
	}

	/**
	 * The introducers at their quota the warmest walk to a mentor would pass through when
	 * nobody was left out, if that walk is warmer than the route given (or there is
	 * none): one more path search per mentor returned, only while someone is at their
	 * quota.
	 */
	private List<MentorRecommendation.Skipped> skipped(Projection.Snapshot snapshot, int source, int target,
			int[] saturated, MentorRecommendation.PathSummary given) {
		List<GraphPath> best = PathFinder.of(snapshot.graph())
			.paths(PathMode.WARMEST, source, target, 1, SearchLimits.of(REACH_HOPS, Duration.ofSeconds(1)));
		if (best.isEmpty() || (given != null && round(best.get(0).warmth()) <= given.warmth())) {
			return List.of();
		}
		int[] nodes = best.get(0).nodes();
		List<MentorRecommendation.Skipped> out = new ArrayList<>();
		for (int j = 1; j < nodes.length - 1; j++) {
			if (java.util.Arrays.binarySearch(saturated, nodes[j]) >= 0) {
				out.add(MentorRecommendation.Skipped
					.of(this.routeWeights.responsiveness().of(snapshot.graph().id(nodes[j])).pendingAsks()));
			}
		}
		return List.copyOf(out);
	}

	static double levelFit(Level level, Integer mentee, Integer mentor) {
		return levelFit(level, (mentee != null) ? mentee : MentorCatalogue.Table.NO_SENIORITY,
				(mentor != null) ? mentor : MentorCatalogue.Table.NO_SENIORITY);
	}

	static double levelFit(Level level, int mentee, int mentor) {
		if (mentee == MentorCatalogue.Table.NO_SENIORITY || mentor == MentorCatalogue.Table.NO_SENIORITY) {
			return (level == Level.ANY) ? 0.5 : 0;
		}
		int gap = mentor - mentee;
		return switch (level) {
			case NEAR_PEER -> (gap >= 1 && gap <= 2) ? 1 : 0;
			case SENIOR -> (gap >= 3) ? 1 : 0;
			case ANY -> (gap >= 1) ? 1 : 0;
		};
	}

	private static double round(double x) {
		return Math.round(x * 1e4) / 1e4;
	}

	private record Mentee(Integer seniority, String specialty, String region, List<String> skills,
			List<String> programmes) {
	}

	/**
	 * The candidate list's attributes in its own order. Capacity used changes only by
	 * writes, and every write ends by publishing a new candidate list, so the capacities
	 * laid out here are those of the list they were made for.
	 */
	private record Flat(int[] available, int[] programmesAt, int[] programmes, int[] specialty, int[] region,
			int[] seniority, int[] capacity, int[] left, int[] before, double[] capacityPart, double[] experiencePart,
			int[] postingsAt, int[] postings) {

		/**
		 * How many of the wanted skills each candidate has, by place: read from the
		 * skills' postings (the places holding each skill), so a request touches only the
		 * candidates that have a skill wanted, not every candidate's skills.
		 */
		int[] skillCount(boolean[] wanted) {
			int[] count = new int[this.available.length];
			int codes = Math.min(wanted.length, this.postingsAt.length - 1);
			for (int c = 0; c < codes; c++) {
				if (wanted[c]) {
					for (int k = this.postingsAt[c]; k < this.postingsAt[c + 1]; k++) {
						count[this.postings[k]]++;
					}
				}
			}
			return count;
		}

	}

	/**
	 * One request's candidates after the filters, by candidate: catalogue row, projection
	 * index, fit, fixed part of the score, pooled, rankable. Filled in one pass over the
	 * places the filters kept ({@code at}), where five passes over up to 16,000
	 * candidates (at 100k people) each read and wrote their own arrays.
	 */
	private static final class Candidates {

		final int[] rows;

		final int[] targets;

		final double[] fit;

		/**
		 * The score without reachability ({@link ReachRanking}'s bound per candidate).
		 */
		final double[] fixed;

		final boolean[] pooled;

		/** Whether a candidate may be returned (capacity left, not already a mentor). */
		final boolean[] rankable;

		private int[] pooledAt = new int[0];

		private int pooledCount;

		Candidates(int count) {
			this.rows = new int[count];
			this.targets = new int[count];
			this.fit = new double[count];
			this.fixed = new double[count];
			this.pooled = new boolean[count];
			this.rankable = new boolean[count];
		}

		void fill(MentorCatalogue.Table cat, Flat flat, int[] at, int[] nodeAt, KnowsGraph graph, int[] skillCount,
				int wantCount, int wantSpecialtyCode, int wantRegionCode, Level level, int menteeSeniority,
				boolean[] pools, int[] ownMentors) {
			int n = this.rows.length;
			int[] available = flat.available();
			int[] programmes = flat.programmes();
			int[] programmesAt = flat.programmesAt();
			int[] specialty = flat.specialty();
			int[] region = flat.region();
			int[] seniority = flat.seniority();
			int[] left = flat.left();
			double[] capacityPart = flat.capacityPart();
			double[] experiencePart = flat.experiencePart();
			double fitWeight = WEIGHTS.fit();
			if (pools != null) {
				this.pooledAt = new int[n];
			}
			for (int i = 0; i < n; i++) {
				int j = at[i];
				int r = available[j];
				this.rows[i] = r;
				int node = nodeAt[j];
				// not projected when the list was laid out: looked up again (a person may
				// have been projected since, in place)
				this.targets[i] = (node >= 0) ? node : graph.indexOf(cat.ids[r]);
				double specialtyFit = (wantSpecialtyCode >= 0 && specialty[j] == wantSpecialtyCode) ? 1 : 0;
				double regionFit = (wantRegionCode >= 0 && region[j] == wantRegionCode) ? 1 : 0;
				double skillsFit = (skillCount != null) ? (double) skillCount[j] / wantCount : 0;
				double levelFit = levelFit(level, menteeSeniority, seniority[j]);
				double f = 0.4 * specialtyFit + 0.2 * regionFit + 0.2 * skillsFit + 0.2 * levelFit;
				this.fit[i] = f;
				// score(f, 0, ...) term by term in its order, bit for bit: its
				// second term is +0.0, which leaves the non-negative first as it is
				this.fixed[i] = fitWeight * f + capacityPart[j] + experiencePart[j];
				this.rankable[i] = left[j] > 0 && !contains(ownMentors, r);
				if (pools != null && inPool(programmes, programmesAt[j], programmesAt[j + 1], pools)) {
					this.pooled[i] = true;
					this.pooledAt[this.pooledCount++] = i;
				}
			}
		}

		/** The pooled candidates, in candidate order. */
		int[] pooledAt() {
			return Arrays.copyOf(this.pooledAt, this.pooledCount);
		}

	}

	private record CandidateNodes(int[] available, KnowsGraph graph, int[] nodes) {
	}

	/**
	 * Candidates best first (score descending, then id), a bounded batch at a time: each
	 * batch is a bounded min-heap of candidate positions over one pass of the scores,
	 * with no object per candidate; O(n log b) per batch of b, where a full sort cost O(n
	 * log n) and an object per candidate to return ten.
	 */
	static final class TopK {

		private final double[] score;

		private final int[] rows;

		private final String[] ids;

		/** Last candidate returned: the next batch ranks strictly after it. */
		private int last = -1;

		TopK(double[] score, int[] rows, String[] ids) {
			this.score = score;
			this.rows = rows;
			this.ids = ids;
		}

		/** Whether candidate a ranks before candidate b. */
		private boolean before(int a, int b) {
			int c = Double.compare(this.score[b], this.score[a]);
			return (c != 0) ? c < 0 : this.ids[this.rows[a]].compareTo(this.ids[this.rows[b]]) < 0;
		}

		/** The next up to {@code b} candidates, best first. */
		int[] next(int b) {
			int[] heap = new int[b];
			int size = 0;
			for (int i = 0; i < this.score.length; i++) {
				if (this.last >= 0 && !before(this.last, i)) {
					continue;
				}
				if (size < b) {
					heap[size] = i;
					up(heap, size++);
				}
				else if (before(i, heap[0])) {
					heap[0] = i;
					down(heap, size);
				}
			}
			// pop worst first into the tail: best first
			int[] out = new int[size];
			for (int k = size - 1; k >= 0; k--) {
				out[k] = heap[0];
				heap[0] = heap[--size];
				down(heap, size);
			}
			if (out.length > 0) {
				this.last = out[out.length - 1];
			}
			return out;
		}

		/** Heap order: the worst candidate at the root. */
		private void up(int[] h, int k) {
			while (k > 0) {
				int p = (k - 1) >>> 1;
				if (!before(h[p], h[k])) {
					break;
				}
				swap(h, p, k);
				k = p;
			}
		}

		private void down(int[] h, int size) {
			int k = 0;
			while (true) {
				int l = 2 * k + 1;
				if (l >= size) {
					break;
				}
				int w = (l + 1 < size && before(h[l], h[l + 1])) ? l + 1 : l;
				if (!before(h[k], h[w])) {
					break;
				}
				swap(h, k, w);
				k = w;
			}
		}

		private static void swap(int[] h, int a, int b) {
			int t = h[a];
			h[a] = h[b];
			h[b] = t;
		}

	}

}
