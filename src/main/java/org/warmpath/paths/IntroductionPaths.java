package org.warmpath.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.warmpath.outcomes.Responsiveness;
import org.warmpath.people.PersonSummary;
import org.warmpath.problems.Problems;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.Projection;
import org.warmpath.projection.TieDetail;
import org.warmpath.ties.Vouches;
import org.warmpath.visibility.Disclosure;
import org.warmpath.visibility.PathDisclosure;
import org.warmpath.visibility.Viewer;

import org.springframework.stereotype.Service;

/**
 * Finds the warmest (or shortest) chains of introductions from one person to another and
 * explains every hop.
 *
 * <p>
 * Explained from memory: the people's cards and the ties' details come from the
 * projection snapshot ({@link Projection.Snapshot#cards()},
 * {@link Projection.Snapshot#ties()}), not from Neo4j; two database round trips per found
 * path were most of an answer's time.
 */
@Service
public class IntroductionPaths {

	private final Map<String, PathEngine> engines = new HashMap<>();

	private final Projection projection;

	private final RouteWeights weights;

	IntroductionPaths(List<PathEngine> engines, Projection projection, RouteWeights weights) {
		engines.forEach(e -> this.engines.put(e.name(), e));
		this.projection = projection;
		this.weights = weights;
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
		if (viewer.seesEverything() || (answer.paths().isEmpty() && answer.skipped().isEmpty())) {
			return answer;
		}
		List<PathAnswer.Skipped> skipped = new ArrayList<>();
		for (PathAnswer.Skipped s : answer.skipped()) {
			// shown as the viewer would see them on the route they were skipped from
			int at = s.route().indexOf(s.person().id());
			Disclosure d = viewer.path(s.route(), target).people().get(at);
			skipped.add(new PathAnswer.Skipped(card(s.person(), d), s.pendingAsks(), s.reason(), List.of()));
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
						tie ? step.since() : null, tie ? step.strengthParts() : null, step.responsiveness(),
						step.medianHoursToAnswer()));
			}
			out.add(new IntroductionPath(shown.ids(path.people()), path.hops(), path.warmth(), path.cost(), steps,
					path.chance()));
		}
		return new PathAnswer(out, answer.engine(), answer.mode(), answer.k(), answer.maxHops(), answer.tookMs(),
				skipped);
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
		Projection.Snapshot snapshot = this.projection.snapshot();
		if (snapshot.card(request.from()).isEmpty()) {
			throw Problems.notFound("person", request.from());
		}
		if (snapshot.card(request.to()).isEmpty()) {
			throw Problems.notFound("person", request.to());
		}
		for (String avoided : request.avoid()) {
			if (snapshot.card(avoided).isEmpty()) {
				throw Problems.badRequest("avoid", "No person with id '" + avoided + "' to avoid");
			}
		}
		if (request.mode() == PathMode.LIKELIEST && !"graph".equals(engine.name())) {
			throw Problems.badRequest("mode", "mode likeliest is answered by the graph engine only");
		}
		// introducers at their quota stand in the middle of no route, whatever the engine
		List<String> saturated = saturated(snapshot.graph(), request);
		List<FoundPath> found = engine.find(saturated.isEmpty() ? request : avoiding(request, saturated));
		List<PathAnswer.Skipped> skipped = saturated.isEmpty() ? List.of() : skipped(engine, request, saturated);
		List<IntroductionPath> paths = explain(found);
		double tookMs = (System.nanoTime() - started) / 1e6;
		return new PathAnswer(paths, engine.name(), request.mode().name().toLowerCase(), request.k(), request.maxHops(),
				Math.round(tookMs * 1000) / 1000.0, skipped);
	}

	/**
	 * The introducers at their quota who could stand in the middle of this request's
	 * paths: everyone at quota but its two ends and those it avoids already.
	 */
	private List<String> saturated(KnowsGraph graph, PathRequest request) {
		int[] sat = this.weights.saturated(graph);
		if (sat.length == 0) {
			return List.of();
		}
		List<String> out = new ArrayList<>(sat.length);
		for (int idx : sat) {
			String id = graph.id(idx);
			if (!id.equals(request.from()) && !id.equals(request.to()) && !request.avoid().contains(id)) {
				out.add(id);
			}
		}
		return out;
	}

	private static PathRequest avoiding(PathRequest request, List<String> more) {
		List<String> avoid = new ArrayList<>(request.avoid());
		avoid.addAll(more);
		return new PathRequest(request.from(), request.to(), request.mode(), request.k(), request.maxHops(),
				request.minStrength(), avoid);
	}

	/**
	 * Who the answer went around: the introducers at their quota in the middle of the
	 * best path the same search finds when nobody is skipped (one more search, made only
	 * when someone is at quota). A saturated person on a worse unrestricted alternative
	 * only is not listed: the answer lost nothing by skipping them.
	 */
	private List<PathAnswer.Skipped> skipped(PathEngine engine, PathRequest request, List<String> saturated) {
		PathRequest best = new PathRequest(request.from(), request.to(), request.mode(), 1, request.maxHops(),
				request.minStrength(), request.avoid());
		List<FoundPath> unrestricted = engine.find(best);
		if (unrestricted.isEmpty()) {
			return List.of();
		}
		List<String> route = unrestricted.get(0).people();
		Set<String> atQuota = new HashSet<>(saturated);
		Projection.Snapshot snapshot = this.projection.snapshot();
		Responsiveness responsiveness = this.weights.responsiveness();
		List<PathAnswer.Skipped> out = new ArrayList<>();
		for (int i = 1; i + 1 < route.size(); i++) {
			String id = route.get(i);
			if (atQuota.contains(id)) {
				int pending = responsiveness.of(id).pendingAsks();
				out.add(new PathAnswer.Skipped(summary(id, snapshot.card(id).orElse(null)), pending,
						Responsiveness.waitingReason(pending), route));
			}
		}
		return out;
	}

	/**
	 * Adds names, contexts and dates to bare paths, from the projection's cards and tie
	 * details.
	 * @param found the bare paths
	 * @return the explained paths, in the same order
	 */
	List<IntroductionPath> explain(List<FoundPath> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		Map<String, PersonSummary> cards = new HashMap<>();
		Responsiveness responsiveness = this.weights.responsiveness();
		List<IntroductionPath> out = new ArrayList<>(found.size());
		for (FoundPath path : found) {
			List<IntroductionPath.Step> steps = new ArrayList<>();
			double cost = 0;
			double introducers = 1.0;
			for (int i = 0; i + 1 < path.people().size(); i++) {
				String a = path.people().get(i);
				String b = path.people().get(i + 1);
				int ia = graph.indexOf(a);
				int ib = graph.indexOf(b);
				TieDetail tie = (ia >= 0 && ib >= 0) ? snapshot.tie(ia, ib) : TieDetail.EMPTY;
				// the stored strength, exactly; the engine's copy may be rounded to float
				double strength = Double.isNaN(tie.strength()) ? path.strengths().get(i) : tie.strength();
				cost -= Math.log(strength);
				// the asker asks; everyone after them passes the introduction on
				Responsiveness.Answers answers = (i == 0) ? null : responsiveness.of(a);
				Double passesOn = (i == 0) ? null : round(answers.estimate());
				if (i > 0) {
					introducers *= answers.estimate();
				}
				steps.add(new IntroductionPath.Step(card(cards, snapshot, a), card(cards, snapshot, b), strength,
						tie.context(), tie.since(), Vouches.parts(strength, tie.explanation()), passesOn,
						(i == 0) ? null : answers.medianHoursToAnswer()));
			}
			out.add(new IntroductionPath(path.people(), path.hops(), round(Math.exp(-cost)), round(cost), steps,
					round(Math.exp(-cost) * introducers)));
		}
		return out;
	}

	private static PersonSummary card(Map<String, PersonSummary> cards, Projection.Snapshot snapshot, String id) {
		return cards.computeIfAbsent(id, (k) -> summary(id, snapshot.card(id).orElse(null)));
	}

	/**
	 * A person's card as paths, mutual connections and recommendations show it.
	 * @param id the person
	 * @param card their card in the projection, or null when it holds none
	 * @return the summary (only the id when there is no card)
	 */
	public static PersonSummary summary(String id, PersonCard card) {
		return PersonSummary.of(id, card);
	}

	private static double round(double x) {
		return Math.round(x * 1e6) / 1e6;
	}

}
