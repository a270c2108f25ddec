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
import org.warmpath.people.Directory;
import org.warmpath.people.PersonSummary;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Disclosure;
import org.warmpath.visibility.PathDisclosure;
import org.warmpath.visibility.Viewer;

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

	IntroductionPaths(List<PathEngine> engines, Directory directory, Driver driver) {
		engines.forEach(e -> this.engines.put(e.name(), e));
		this.directory = directory;
		this.driver = driver;
	}

	/**
	 * A path answer as the viewer may see it, whichever engine found it: people and tie
	 * details as {@link Viewer#path} discloses them (a person not named keeps grade and
	 * specialty beyond the viewer's horizon, nothing when a private setting hides them; a
	 * hidden tie keeps its strength, which the warmth is made of, but not its context or
	 * date).
	 * @param answer the full answer
	 * @param viewer who asks
	 * @param target the person the viewer asked about, always shown
	 * @return the answer as the viewer may see it
	 */
	public static PathAnswer redact(PathAnswer answer, Viewer viewer, String target) {
		if (viewer.seesEverything() || answer.paths().isEmpty()) {
			return answer;
		}
		List<IntroductionPath> out = new ArrayList<>();
		for (IntroductionPath path : answer.paths()) {
			PathDisclosure shown = viewer.path(path.people(), target);
			List<IntroductionPath.Step> steps = new ArrayList<>();
			for (int i = 0; i < path.steps().size(); i++) {
				IntroductionPath.Step step = path.steps().get(i);
				boolean tie = shown.ties().get(i);
				steps.add(new IntroductionPath.Step(card(step.from(), shown.people().get(i)),
						card(step.to(), shown.people().get(i + 1)), step.strength(), tie ? step.context() : null,
						tie ? step.since() : null));
			}
			out.add(new IntroductionPath(shown.ids(path.people()), path.hops(), path.warmth(), path.cost(), steps));
		}
		return new PathAnswer(out, answer.engine(), answer.mode(), answer.k(), answer.maxHops(), answer.tookMs());
	}

	private static PersonSummary card(PersonSummary card, Disclosure disclosure) {
		return switch (disclosure) {
			case FULL -> card;
			case PROFILE -> new PersonSummary(null, null, null, card.grade(), null, card.specialty(), null, null);
			case ANONYMOUS -> new PersonSummary(null, null, null, null, null, null, null, null);
		};
	}

	/**
	 * Answers a path query.
	 * @param request validated bounds
	 * @param engineName {@code graph}, {@code cypher} or {@code jgrapht}
	 * @return the explained paths
	 */
	public PathAnswer find(PathRequest request, String engineName) {
		long started = System.nanoTime();
		PathEngine engine = this.engines.get(engineName);
		if (engine == null) {
			throw Problems.badRequest("engine", "Unknown engine '" + engineName + "'; use graph, cypher or jgrapht");
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
