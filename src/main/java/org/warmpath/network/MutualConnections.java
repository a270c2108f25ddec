package org.warmpath.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.warmpath.outcomes.Responsiveness;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.TieDetail;
import org.warmpath.ties.Vouches;
import org.warmpath.problems.Problems;
import org.warmpath.projection.Projection;
import org.warmpath.visibility.Viewer;

import org.springframework.stereotype.Service;

/**
 * Ranks the people who know both the asker and the target ("who can introduce me").
 *
 * <p>
 * The common neighbours come from the projection by merging two sorted neighbour lists
 * (O(deg a + deg b)); only people open to introductions count, since a mutual connection
 * is the middle of a two-hop path. {@link #ranked} orders by the weaker tie (an
 * introduction is as good as its weaker side), then by the product of the two strengths;
 * the answer to a member ({@link #between}) orders by the chance the introduction comes
 * off, the likeliest mode's measure: strength(me, m) x strength(m, target) x m's
 * responsiveness, with introducers at their quota last (asking them would be refused),
 * whatever their chance. Names and contexts of the top {@code limit} come from the same
 * projection snapshot's cards and tie details, without a database read.
 */
@Service
public class MutualConnections {

	private static final Comparator<KnowsGraph.CommonNeighbour> RANKING = Comparator
		.comparingDouble((KnowsGraph.CommonNeighbour c) -> Math.min(c.strengthToA(), c.strengthToB()))
		.thenComparingDouble(c -> c.strengthToA() * c.strengthToB())
		.reversed();

	private final Projection projection;

	private final Responsiveness responsiveness;

	MutualConnections(Projection projection, Responsiveness responsiveness) {
		this.projection = projection;
		this.responsiveness = responsiveness;
	}

	/**
	 * The ranked consenting common neighbours of two people, in projection indices; the
	 * fast part, without names.
	 * @param graph the projection
	 * @param a one person
	 * @param b the other
	 * @return ranked common neighbours
	 */
	public static List<KnowsGraph.CommonNeighbour> ranked(KnowsGraph graph, int a, int b) {
		List<KnowsGraph.CommonNeighbour> common = new ArrayList<>();
		for (KnowsGraph.CommonNeighbour c : graph.commonNeighbourTies(a, b)) {
			if (graph.isOpen(c.person()) && !graph.isRemoved(c.person())) {
				common.add(c);
			}
		}
		common.sort(RANKING);
		return common;
	}

	/**
	 * {@code ranked} reordered by the chance the introduction comes off, those at their
	 * quota last; stable, so equal chances keep the order of the weaker tie.
	 */
	private List<KnowsGraph.CommonNeighbour> byChance(KnowsGraph graph, List<KnowsGraph.CommonNeighbour> ranked) {
		int n = ranked.size();
		boolean[] full = new boolean[n];
		double[] chance = new double[n];
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			KnowsGraph.CommonNeighbour c = ranked.get(i);
			Responsiveness.Answers answers = this.responsiveness.of(graph.id(c.person()));
			full[i] = answers.pendingAsks() >= this.responsiveness.quota();
			chance[i] = c.strengthToA() * c.strengthToB() * answers.estimate();
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> full[i])
			.thenComparing(Comparator.comparingDouble((Integer i) -> chance[i]).reversed()));
		List<KnowsGraph.CommonNeighbour> out = new ArrayList<>(n);
		for (Integer i : order) {
			out.add(ranked.get(i));
		}
		return out;
	}

	private static double round(double x) {
		return Math.round(x * 1e6) / 1e6;
	}

	/**
	 * The mutual connections the viewer may see named: both their ties (to {@code a} and
	 * to {@code b}) visible to the viewer.
	 * @param graph the projection the ranking came from
	 * @param ranked the ranked common neighbours of {@code a} and {@code b}
	 * @param a one person
	 * @param b the other
	 * @param viewer who asks
	 * @return those of {@code ranked} the viewer may see, in rank order
	 */
	public static List<KnowsGraph.CommonNeighbour> nameable(KnowsGraph graph, List<KnowsGraph.CommonNeighbour> ranked,
			int a, int b, Viewer viewer) {
		if (viewer.seesEverything()) {
			return ranked;
		}
		String idA = graph.id(a);
		String idB = graph.id(b);
		return ranked.stream().filter(c -> {
			String id = graph.id(c.person());
			return viewer.tieVisible(idA, id) && viewer.tieVisible(id, idB);
		}).toList();
	}

	/**
	 * Who can introduce {@code personId} to {@code targetId}.
	 * @param personId the asker
	 * @param targetId the person to reach
	 * @param limit most names to return
	 * @param viewer who asks: only mutual connections both of whose ties the viewer may
	 * see are named ({@link Viewer#tieVisible}); the count covers them all
	 * @return the count and the ranked mutual connections
	 */
	public Mutuals between(String personId, String targetId, int limit, Viewer viewer) {
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		int a = graph.indexOf(personId);
		int b = graph.indexOf(targetId);
		if (a < 0 || graph.isRemoved(a)) {
			throw Problems.notFound("person", personId);
		}
		if (b < 0 || graph.isRemoved(b)) {
			throw Problems.notFound("person", targetId);
		}
		List<KnowsGraph.CommonNeighbour> ranked = byChance(graph, ranked(graph, a, b));
		List<KnowsGraph.CommonNeighbour> shown = nameable(graph, ranked, a, b, viewer);
		boolean hidden = shown.size() < ranked.size() || viewer.tiesWithheldBy(targetId);
		if (shown.isEmpty()) {
			return new Mutuals(ranked.size(), List.of(), hidden);
		}
		List<KnowsGraph.CommonNeighbour> top = shown.subList(0, Math.min(limit, shown.size()));
		List<MutualConnection> out = new ArrayList<>(top.size());
		for (KnowsGraph.CommonNeighbour c : top) {
			String id = graph.id(c.person());
			Responsiveness.Answers answers = this.responsiveness.of(id);
			PersonCard card = snapshot.cards().get(c.person());
			TieDetail toA = snapshot.ties().get(c.tieToA(), c.strengthToA());
			TieDetail toB = snapshot.ties().get(c.tieToB(), c.strengthToB());
			List<String> contexts = new ArrayList<>(2);
			contexts.add(toA.context());
			contexts.add(toB.context());
			out.add(new MutualConnection(new MutualConnection.Person(id, card.name(), card.headline()), toA.strength(),
					toB.strength(), contexts,
					java.util.Arrays.asList(Vouches.parts(toA.strength(), toA.explanation()),
							Vouches.parts(toB.strength(), toB.explanation())),
					round(answers.estimate()), answers.accepted(), answers.asked(), answers.pendingAsks(),
					answers.pendingAsks() >= this.responsiveness.quota(),
					round(toA.strength() * toB.strength() * answers.estimate()), answers.medianHoursToAnswer()));
		}
		return new Mutuals(ranked.size(), out, hidden);
	}

}
