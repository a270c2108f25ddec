package org.warmpath.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.PersonCard;
import org.warmpath.projection.TieExplanation;
import org.warmpath.ties.Vouches;
import org.warmpath.problems.Problems;
import org.warmpath.projection.Projection;
import org.warmpath.visibility.Viewer;

import org.springframework.stereotype.Service;

/**
 * Builds the ego network a mentor explores: everyone within {@code depth} hops, strongest
 * ties first, cut at {@code limit} people.
 *
 * <p>
 * A breadth-first search over the projection's live ties (consent does not matter here:
 * this is who one knows, not who may introduce), expanding each person's ties strongest
 * first so that a cut keeps the closest people. O(V' + E') for the V' people and E' ties
 * visited, itself bounded by {@code limit} times the largest degree. The picture's
 * attributes come from the same projection snapshot's person cards, and each link's
 * strength parts from its tie details, without a database read.
 */
@Service
public class EgoNetworks {

	/** The most people one picture may hold. */
	public static final int MAX_LIMIT = 2000;

	private final Projection projection;

	EgoNetworks(Projection projection) {
		this.projection = projection;
	}

	/**
	 * The ego network of one person.
	 * @param personId the centre
	 * @param depth 1..3 hops
	 * @param limit most people, centre included
	 * @return nodes and links
	 */
	public EgoNetwork of(String personId, int depth, int limit) {
		return build(personId, depth, limit, null);
	}

	/**
	 * The mentor's picture limited to some people: the centre, those of {@code marked}
	 * within {@code depth} hops, and the people on the path that reached each of them
	 * (the same strongest-first search as {@link #of}, up to {@link #MAX_LIMIT} people),
	 * with the ties among them.
	 * @param personId the centre
	 * @param depth 1..3 hops
	 * @param marked the people to keep
	 * @return nodes and links
	 */
	EgoNetwork limitedTo(String personId, int depth, Set<String> marked) {
		return build(personId, depth, MAX_LIMIT, marked);
	}

	private EgoNetwork build(String personId, int depth, int limit, Set<String> marked) {
		Projection.Snapshot snapshot = this.projection.snapshot();
		KnowsGraph graph = snapshot.graph();
		int center = graph.indexOf(personId);
		if (center < 0 || graph.isRemoved(center)) {
			throw Problems.notFound("person", personId);
		}
		Map<Integer, Integer> hops = new HashMap<>();
		Map<Integer, Integer> parent = new HashMap<>();
		List<Integer> order = new ArrayList<>();
		hops.put(center, 0);
		order.add(center);
		boolean truncated = false;
		int head = 0;
		outer: while (head < order.size()) {
			int v = order.get(head++);
			int h = hops.get(v);
			if (h == depth) {
				continue;
			}
			for (int w : byStrength(graph, v)) {
				if (!hops.containsKey(w)) {
					if (order.size() >= limit) {
						truncated = true;
						break outer;
					}
					hops.put(w, h + 1);
					parent.put(w, v);
					order.add(w);
				}
			}
		}
		if (marked != null) {
			Set<Integer> keep = new HashSet<>();
			keep.add(center);
			for (String id : marked) {
				int v = graph.indexOf(id);
				while (v >= 0 && hops.containsKey(v) && keep.add(v)) {
					v = parent.getOrDefault(v, -1);
				}
			}
			order.removeIf(v -> !keep.contains(v));
			hops.keySet().retainAll(keep);
		}
		List<EgoNetwork.Link> links = new ArrayList<>();
		for (int v : order) {
			graph.forEachNeighbour(v, (w, strength, tie) -> {
				if (v < w && hops.containsKey(w)) {
					// the projection keeps strengths as floats; six decimals give back
					// the stored value
					double shown = Math.round(strength * 1e6) / 1e6;
					// a tie its people rated carries its explanation in the projection,
					// so the picture explains it as path steps and mutuals do
					TieExplanation explanation = snapshot.ties().get(tie, strength).explanation();
					links.add(new EgoNetwork.Link(graph.id(v), graph.id(w), shown, Vouches.parts(shown, explanation)));
				}
			});
		}
		List<EgoNetwork.Node> nodes = new ArrayList<>(order.size());
		for (int v : order) {
			if (!snapshot.cards().has(v)) {
				continue;
			}
			PersonCard card = snapshot.cards().get(v);
			int[] degree = new int[1];
			graph.forEachNeighbour(v, (w, s, t) -> degree[0]++);
			boolean mentor = card.openToMentoring() && card.mentorCapacity() > card.activeMentees();
			nodes.add(new EgoNetwork.Node(graph.id(v), card.name(), hops.get(v), degree[0], card.grade(),
					card.seniority(), card.specialty(), card.region(), card.organisation(), graph.isOpen(v), mentor,
					card.mentee()));
		}
		return new EgoNetwork(personId, depth, nodes, links, truncated);
	}

	/**
	 * An ego network as the viewer may see it: the ties {@link Viewer#tieVisible} shows,
	 * and the people two hops out only while a shown tie still reaches them (the centre
	 * and their direct contacts always show); each person's degree counts only the ties
	 * the viewer may see.
	 * @param network the full network
	 * @param viewer who asks
	 * @return the network as the viewer may see it
	 */
	public static EgoNetwork visibleTo(EgoNetwork network, Viewer viewer) {
		if (viewer.seesEverything()) {
			return network;
		}
		List<EgoNetwork.Link> links = network.links()
			.stream()
			.filter(l -> viewer.tieVisible(l.source(), l.target()))
			.toList();
		Set<String> linked = new HashSet<>();
		links.forEach(l -> {
			linked.add(l.source());
			linked.add(l.target());
		});
		KnowsGraph graph = viewer.graph();
		List<EgoNetwork.Node> nodes = network.nodes()
			.stream()
			.filter(n -> n.hops() < 2 || linked.contains(n.id()))
			.map(n -> n.withDegree(visibleDegree(graph, viewer, n.id())))
			.toList();
		return new EgoNetwork(network.center(), network.depth(), nodes, links, network.truncated());
	}

	/**
	 * How many of a person's ties this viewer may see: a count of all of them would tell
	 * how many contacts a private member keeps. O(degree).
	 */
	private static int visibleDegree(KnowsGraph graph, Viewer viewer, String id) {
		int v = graph.indexOf(id);
		if (v < 0) {
			return 0;
		}
		int[] seen = new int[1];
		graph.forEachNeighbour(v, (w, s, t) -> {
			if (viewer.tieVisible(v, w)) {
				seen[0]++;
			}
		});
		return seen[0];
	}

	private static int[] byStrength(KnowsGraph graph, int v) {
		List<double[]> ties = new ArrayList<>();
		graph.forEachNeighbour(v, (w, strength, tie) -> ties.add(new double[] { w, strength }));
		return ties.stream().sorted((x, y) -> Double.compare(y[1], x[1])).mapToInt(t -> (int) t[0]).toArray();
	}

}
