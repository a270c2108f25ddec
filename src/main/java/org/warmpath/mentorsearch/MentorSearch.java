package org.warmpath.mentorsearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.warmpath.projection.KnowsGraph;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
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
 * Candidates (open to mentoring, capacity left) come from one Cypher query; their
 * reachability from one single-source capped warmest search on the projection covering
 * all of them (O((V + E) H log V) for hop cap H, however many candidates); the warmest
 * path is then spelled out only for the mentors returned. Score = 0.40 fit + 0.35
 * reachability + 0.15 capacity + 0.10 experience; fit = 0.4 specialty + 0.2 region + 0.2
 * skills + 0.2 level.
 */
@Service
public class MentorSearch {

	static final MentorRecommendation.Parts WEIGHTS = new MentorRecommendation.Parts(0.40, 0.35, 0.15, 0.10);

	private static final int REACH_HOPS = 4;

	private final Driver driver;

	private final Projection projection;

	private final MentorCatalogue catalogue;

	MentorSearch(Driver driver, Projection projection, MentorCatalogue catalogue) {
		this.driver = driver;
		this.projection = projection;
		this.catalogue = catalogue;
	}

	/** What seniority gap the mentee wants. */
	public enum Level {

		/** One or two grades above the mentee. */
		NEAR_PEER,
		/** At least two grades above and a consultant, GP or professor. */
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
		long started = System.nanoTime();
		Level level = Level.parse(levelText);
		List<Record> menteeRows = Cypher.read(this.driver, "mentorsearch/mentee", Map.of("id", menteeId));
		if (menteeRows.isEmpty()) {
			throw Problems.notFound("person", menteeId);
		}
		Record mentee = menteeRows.get(0);
		Integer menteeSeniority = mentee.get("seniority").isNull() ? null : mentee.get("seniority").asInt();
		String wantSpecialty = (specialty != null) ? specialty : mentee.get("specialty").asString(null);
		String wantRegion = (region != null) ? region : mentee.get("region").asString(null);
		Set<String> wantSkills = new HashSet<>();
		(skills != null ? skills : mentee.get("skills").asList(Value::asString))
			.forEach(s -> wantSkills.add(s.toLowerCase(Locale.ROOT)));

		String onlySpecialty = MentorCatalogue.lower(specialty);
		String onlyRegion = MentorCatalogue.lower(region);
		List<MentorCatalogue.Mentor> candidates = new ArrayList<>();
		for (MentorCatalogue.Mentor m : this.catalogue.mentors()) {
			if (m.capacityLeft() > 0 && !m.id().equals(menteeId)
					&& (onlySpecialty == null || onlySpecialty.equals(m.specialty()))
					&& (onlyRegion == null || onlyRegion.equals(m.region()))
					&& (level == Level.ANY || levelFit(level, menteeSeniority, m.seniority()) > 0)) {
				candidates.add(m);
			}
		}

		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		int source = graph.indexOf(menteeId);
		int[] targets = new int[candidates.size()];
		for (int i = 0; i < targets.length; i++) {
			targets[i] = graph.indexOf(candidates.get(i).id());
		}
		double[] costs = new double[targets.length];
		java.util.Arrays.fill(costs, Double.POSITIVE_INFINITY);
		if (source >= 0) {
			int[] known = java.util.Arrays.stream(targets).filter(t -> t >= 0).toArray();
			double[] knownCosts = PathFinder.of(snapshot.graph())
				.warmestCosts(source, known, SearchLimits.of(REACH_HOPS, Duration.ofSeconds(2)));
			for (int i = 0, j = 0; i < targets.length; i++) {
				if (targets[i] >= 0) {
					costs[i] = knownCosts[j++];
				}
			}
		}

		String wantSpecialtyLower = MentorCatalogue.lower(wantSpecialty);
		String wantRegionLower = MentorCatalogue.lower(wantRegion);
		List<Scored> scored = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			MentorCatalogue.Mentor m = candidates.get(i);
			double specialtyFit = (wantSpecialtyLower != null && wantSpecialtyLower.equals(m.specialty())) ? 1 : 0;
			double regionFit = (wantRegionLower != null && wantRegionLower.equals(m.region())) ? 1 : 0;
			double skillsFit = 0;
			if (!wantSkills.isEmpty()) {
				long have = wantSkills.stream().filter(m.skills()::contains).count();
				skillsFit = (double) have / wantSkills.size();
			}
			double levelFit = levelFit(level, menteeSeniority, m.seniority());
			double fit = 0.4 * specialtyFit + 0.2 * regionFit + 0.2 * skillsFit + 0.2 * levelFit;
			double reach = Double.isFinite(costs[i]) ? Math.exp(-costs[i]) : 0;
			scored.add(new Scored(m.id(), targets[i], fit, reach,
					new MentorRecommendation.Fit(specialtyFit, regionFit, round(skillsFit), levelFit),
					score(fit, reach, m.capacity(), m.capacityLeft(), m.menteesBefore())));
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));

		// the catalogue may be seconds old: check the best live, in batches, until enough
		// pass
		List<MentorRecommendation> out = new ArrayList<>();
		int from = 0;
		while (out.size() < limit && from < scored.size()) {
			List<Scored> batch = scored.subList(from, Math.min(scored.size(), from + 2 * limit + 10));
			from += batch.size();
			Map<String, Record> live = new HashMap<>();
			for (Record r : Cypher.read(this.driver, "mentorsearch/live-candidates",
					Map.of("ids", batch.stream().map(Scored::id).toList(), "for", menteeId))) {
				live.put(r.get("id").asString(), r);
			}
			List<MentorRecommendation> passed = new ArrayList<>();
			for (Scored s : batch) {
				Record r = live.get(s.id());
				if (r == null) {
					continue;
				}
				int capacity = r.get("capacity").asInt();
				int capacityLeft = r.get("capacityLeft").asInt();
				int before = r.get("menteesBefore").asInt();
				MentorRecommendation.Parts parts = new MentorRecommendation.Parts(round(s.fit()), round(s.reach()),
						round((double) capacityLeft / capacity), round(Math.min(1.0, before / 5.0)));
				passed.add(new MentorRecommendation(PersonSummary.from(r),
						round(score(s.fit(), s.reach(), capacity, capacityLeft, before)), parts, s.fitParts(),
						capacityLeft, before, (s.reach() > 0) ? path(snapshot, source, s.index()) : null));
			}
			passed.sort(Comparator.comparingDouble(MentorRecommendation::score)
				.reversed()
				.thenComparing(r -> r.person().id()));
			out.addAll(passed.subList(0, Math.min(passed.size(), limit - out.size())));
		}
		double tookMs = Math.round((System.nanoTime() - started) / 1e3) / 1e3;
		return new MentorRecommendations(menteeId, level.label(), candidates.size(), out, WEIGHTS, tookMs);
	}

	private static double score(double fit, double reach, int capacity, int capacityLeft, int before) {
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
			return new MentorRecommendation(m.person(), m.score(), m.parts(), m.fit(), m.capacityLeft(),
					m.menteesBefore(), new MentorRecommendation.PathSummary(people, p.hops(), p.warmth()));
		}).toList();
		return new MentorRecommendations(answer.forPerson(), answer.level(), answer.candidates(), mentors,
				answer.weights(), answer.tookMs());
	}

	private static MentorRecommendation.PathSummary path(Projection.Snapshot snapshot, int source, int target) {
		List<GraphPath> best = PathFinder.of(snapshot.graph())
			.paths(PathMode.WARMEST, source, target, 1, SearchLimits.of(REACH_HOPS, Duration.ofSeconds(1)));
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

	static double levelFit(Level level, Integer mentee, Integer mentor) {
		if (mentee == null || mentor == null) {
			return (level == Level.ANY) ? 0.5 : 0;
		}
		int gap = mentor - mentee;
		return switch (level) {
			case NEAR_PEER -> (gap >= 1 && gap <= 2) ? 1 : 0;
			case SENIOR -> (gap >= 2 && mentor >= 4) ? 1 : 0;
			case ANY -> (gap >= 1) ? 1 : 0;
		};
	}

	private static double round(double x) {
		return Math.round(x * 1e4) / 1e4;
	}

	private record Scored(String id, int index, double fit, double reach, MentorRecommendation.Fit fitParts,
			double score) {
	}

}
