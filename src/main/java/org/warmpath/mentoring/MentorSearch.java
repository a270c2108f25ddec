package org.warmpath.mentoring;

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
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.warmpath.cypher.Cypher;
import org.warmpath.graph.GraphPath;
import org.warmpath.graph.KnowsGraph;
import org.warmpath.graph.PathMode;
import org.warmpath.graph.SearchLimits;
import org.warmpath.network.Projection;
import org.warmpath.people.PersonSummary;
import org.warmpath.web.Problems;

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

	private static final int MAX_CANDIDATES = 20_000;

	private static final int REACH_HOPS = 4;

	private final Driver driver;

	private final Projection projection;

	MentorSearch(Driver driver, Projection projection) {
		this.driver = driver;
		this.projection = projection;
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
		List<Record> menteeRows = read("mentoring/mentee", Map.of("id", menteeId));
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

		Map<String, Object> params = new HashMap<>();
		params.put("for", menteeId);
		params.put("specialty", specialty);
		params.put("region", region);
		params.put("maxCandidates", MAX_CANDIDATES);
		List<Record> candidates = read("mentoring/candidates", params);

		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		int source = graph.indexOf(menteeId);
		SearchLimits limits = SearchLimits.of(REACH_HOPS, Duration.ofSeconds(2));
		double[] costs = null;
		int[] targets = new int[candidates.size()];
		for (int i = 0; i < targets.length; i++) {
			targets[i] = graph.indexOf(candidates.get(i).get("id").asString());
		}
		if (source >= 0) {
			int[] known = java.util.Arrays.stream(targets).filter(t -> t >= 0).toArray();
			double[] knownCosts = snapshot.finder().warmestCosts(source, known, limits);
			costs = new double[targets.length];
			for (int i = 0, j = 0; i < targets.length; i++) {
				costs[i] = (targets[i] >= 0) ? knownCosts[j++] : Double.POSITIVE_INFINITY;
			}
		}

		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Record c = candidates.get(i);
			Integer seniority = c.get("seniority").isNull() ? null : c.get("seniority").asInt();
			double levelFit = levelFit(level, menteeSeniority, seniority);
			if (level != Level.ANY && levelFit == 0) {
				continue;
			}
			String cSpecialty = c.get("specialty").asString(null);
			String cRegion = c.get("region").asString(null);
			double specialtyFit = (wantSpecialty != null && wantSpecialty.equalsIgnoreCase(cSpecialty)) ? 1 : 0;
			double regionFit = (wantRegion != null && wantRegion.equalsIgnoreCase(cRegion)) ? 1 : 0;
			double skillsFit = 0;
			if (!wantSkills.isEmpty()) {
				long have = c.get("skills")
					.asList(Value::asString)
					.stream()
					.filter(s -> wantSkills.contains(s.toLowerCase(Locale.ROOT)))
					.count();
				skillsFit = (double) have / wantSkills.size();
			}
			double fit = 0.4 * specialtyFit + 0.2 * regionFit + 0.2 * skillsFit + 0.2 * levelFit;
			double cost = (costs != null) ? costs[i] : Double.POSITIVE_INFINITY;
			double reach = Double.isFinite(cost) ? Math.exp(-cost) : 0;
			int capacity = c.get("capacity").asInt();
			int capacityLeft = c.get("capacityLeft").asInt();
			double capacityPart = (capacity > 0) ? (double) capacityLeft / capacity : 0;
			int before = c.get("menteesBefore").asInt();
			double experience = Math.min(1.0, before / 5.0);
			double score = WEIGHTS.fit() * fit + WEIGHTS.reachability() * reach + WEIGHTS.capacity() * capacityPart
					+ WEIGHTS.experience() * experience;
			scored.add(new Scored(c, targets[i], score,
					new MentorRecommendation.Parts(round(fit), round(reach), round(capacityPart), round(experience)),
					new MentorRecommendation.Fit(specialtyFit, regionFit, round(skillsFit), levelFit), capacityLeft,
					before, Double.isFinite(cost)));
		}
		scored.sort(
				Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.row().get("id").asString()));

		List<MentorRecommendation> out = new ArrayList<>();
		for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
			MentorRecommendation.PathSummary path = null;
			if (s.reachable() && source >= 0) {
				List<GraphPath> best = snapshot.finder()
					.paths(PathMode.WARMEST, source, s.index(), 1, SearchLimits.of(REACH_HOPS, Duration.ofSeconds(1)));
				if (!best.isEmpty()) {
					GraphPath p = best.get(0);
					List<String> people = new ArrayList<>();
					for (int node : p.nodes()) {
						people.add(graph.id(node));
					}
					path = new MentorRecommendation.PathSummary(people, p.hops(), round(p.warmth()));
				}
			}
			out.add(new MentorRecommendation(PersonSummary.from(s.row()), round(s.score()), s.parts(), s.fit(),
					s.capacityLeft(), s.before(), path));
		}
		double tookMs = Math.round((System.nanoTime() - started) / 1e3) / 1e3;
		return new MentorRecommendations(menteeId, level.label(), candidates.size(), out, WEIGHTS, tookMs);
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

	private List<Record> read(String query, Map<String, Object> params) {
		return this.driver.executableQuery(Cypher.query(query))
			.withParameters(params)
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute()
			.records();
	}

	private static double round(double x) {
		return Math.round(x * 1e4) / 1e4;
	}

	private record Scored(Record row, int index, double score, MentorRecommendation.Parts parts,
			MentorRecommendation.Fit fit, int capacityLeft, int before, boolean reachable) {
	}

}
