package org.warmpath.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;
import org.warmpath.people.Directory;
import org.warmpath.people.PersonSummary;
import org.warmpath.problems.Problems;

import org.springframework.stereotype.Service;

/**
 * Finds the warmest (or shortest) chains of introductions from one person to another and
 * explains every hop.
 */
@Service
public class IntroductionPaths {

	private final Map<String, PathEngine> engines = new HashMap<>();

	private final Directory directory;

	private final Driver driver;

	private final Projection projection;

	IntroductionPaths(List<PathEngine> engines, Directory directory, Driver driver, Projection projection) {
		engines.forEach(e -> this.engines.put(e.name(), e));
		this.directory = directory;
		this.driver = driver;
		this.projection = projection;
	}

	/**
	 * A path answer as a member may see it: people more than two hops from the member
	 * appear only as grade, specialty and organisation (no id, name, headline or region),
	 * unless they accepted to introduce the member. The member and the target they named
	 * stay visible. Distance is read from the projection: a direct tie or a common
	 * neighbour, O(deg) per person on the paths.
	 * @param viewer the member's person id
	 * @param target the person the member asked about, always shown
	 * @param answer the full answer
	 * @return the answer with strangers redacted
	 */
	public PathAnswer redactFor(String viewer, String target, PathAnswer answer) {
		if (answer.paths().isEmpty()) {
			return answer;
		}
		KnowsGraph graph = this.projection.snapshot().graph();
		int me = graph.indexOf(viewer);
		Set<String> accepted = new java.util.HashSet<>(
				Cypher.read(this.driver, "paths/accepted-introducers", Map.of("person", viewer))
					.get(0)
					.get("ids")
					.asList(org.neo4j.driver.Value::asString));
		Map<String, Boolean> visible = new HashMap<>();
		java.util.function.Predicate<String> shown = id -> id == null || visible.computeIfAbsent(id, p -> {
			if (p.equals(viewer) || p.equals(target) || accepted.contains(p)) {
				return true;
			}
			int other = graph.indexOf(p);
			return me >= 0 && other >= 0
					&& (graph.tieBetween(me, other) >= 0 || graph.commonNeighbours(me, other).length > 0);
		});
		List<IntroductionPath> out = new ArrayList<>();
		for (IntroductionPath path : answer.paths()) {
			List<String> people = path.people().stream().map(p -> shown.test(p) ? p : null).toList();
			List<IntroductionPath.Step> steps = path.steps()
				.stream()
				.map(step -> new IntroductionPath.Step(redact(step.from(), shown), redact(step.to(), shown),
						step.strength(), step.context(), step.since()))
				.toList();
			out.add(new IntroductionPath(people, path.hops(), path.warmth(), path.cost(), steps));
		}
		return new PathAnswer(out, answer.engine(), answer.mode(), answer.k(), answer.maxHops(), answer.tookMs());
	}

	private static PersonSummary redact(PersonSummary card, java.util.function.Predicate<String> shown) {
		if (shown.test(card.id())) {
			return card;
		}
		return new PersonSummary(null, null, null, card.grade(), card.seniority(), card.specialty(), null,
				card.organisation());
	}

	/**
	 * Answers a path query.
	 * @param request validated bounds
	 * @param engineName {@code graph} or {@code cypher}
	 * @return the explained paths
	 */
	public PathAnswer find(PathRequest request, String engineName) {
		long started = System.nanoTime();
		PathEngine engine = this.engines.get(engineName);
		if (engine == null) {
			throw Problems.badRequest("engine", "Unknown engine '" + engineName + "'; use graph or cypher");
		}
		Set<String> ids = new LinkedHashSet<>(List.of(request.from(), request.to()));
		ids.addAll(request.avoid());
		Map<String, PersonSummary> known = this.directory.summaries(ids);
		if (!known.containsKey(request.from())) {
			throw Problems.notFound("person", request.from());
		}
		if (!known.containsKey(request.to())) {
			throw Problems.notFound("person", request.to());
		}
		for (String avoided : request.avoid()) {
			if (!known.containsKey(avoided)) {
				throw Problems.badRequest("avoid", "No person with id '" + avoided + "' to avoid");
			}
		}
		List<FoundPath> found = engine.find(request);
		List<IntroductionPath> paths = explain(found);
		double tookMs = (System.nanoTime() - started) / 1e6;
		return new PathAnswer(paths, engine.name(), request.mode().name().toLowerCase(), request.k(), request.maxHops(),
				Math.round(tookMs * 1000) / 1000.0);
	}

	/**
	 * Adds names, contexts and dates to bare paths: one query for the people and one for
	 * the ties, whatever the number of paths.
	 * @param found the bare paths
	 * @return the explained paths, in the same order
	 */
	List<IntroductionPath> explain(List<FoundPath> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Set<String> people = new LinkedHashSet<>();
		List<List<String>> pairs = new ArrayList<>();
		for (FoundPath path : found) {
			people.addAll(path.people());
			for (int i = 0; i + 1 < path.people().size(); i++) {
				pairs.add(List.of(path.people().get(i), path.people().get(i + 1)));
			}
		}
		Map<String, PersonSummary> cards = this.directory.summaries(people);
		Map<String, Record> ties = new HashMap<>();
		for (Record r : Cypher.read(this.driver, "paths/ties", Map.of("pairs", pairs))) {
			ties.put(r.get("a").asString() + "\u0000" + r.get("b").asString(), r);
		}
		List<IntroductionPath> out = new ArrayList<>(found.size());
		for (FoundPath path : found) {
			List<IntroductionPath.Step> steps = new ArrayList<>();
			double cost = 0;
			for (int i = 0; i + 1 < path.people().size(); i++) {
				String a = path.people().get(i);
				String b = path.people().get(i + 1);
				Record tie = ties.get(a + "\u0000" + b);
				// the stored strength, exactly; the engine's copy may be rounded to float
				double strength = (tie != null && !tie.get("strength").isNull()) ? tie.get("strength").asDouble()
						: path.strengths().get(i);
				cost -= Math.log(strength);
				steps.add(new IntroductionPath.Step(card(cards, a), card(cards, b), strength,
						(tie != null) ? tie.get("context").asString(null) : null,
						(tie != null) ? tie.get("since").asString(null) : null));
			}
			out.add(new IntroductionPath(path.people(), path.hops(), round(Math.exp(-cost)), round(cost), steps));
		}
		return out;
	}

	private static PersonSummary card(Map<String, PersonSummary> cards, String id) {
		PersonSummary card = cards.get(id);
		return (card != null) ? card : new PersonSummary(id, null, null, null, null, null, null, null);
	}

	private static double round(double x) {
		return Math.round(x * 1e6) / 1e6;
	}

}
