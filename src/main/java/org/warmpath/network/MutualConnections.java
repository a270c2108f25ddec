package org.warmpath.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.problems.Problems;
import org.warmpath.projection.Projection;

import org.springframework.stereotype.Service;

/**
 * Ranks the people who know both the asker and the target ("who can introduce me").
 *
 * <p>
 * The common neighbours come from the projection by merging two sorted neighbour lists
 * (O(deg a + deg b)); only people open to introductions count, since a mutual connection
 * is the middle of a two-hop path. Ranked by the weaker tie (an introduction is as good
 * as its weaker side), then by the product of the two strengths. Names and contexts of
 * the top {@code limit} are then read from Neo4j in one query.
 */
@Service
public class MutualConnections {

	private static final Comparator<KnowsGraph.CommonNeighbour> RANKING = Comparator
		.comparingDouble((KnowsGraph.CommonNeighbour c) -> Math.min(c.strengthToA(), c.strengthToB()))
		.thenComparingDouble(c -> c.strengthToA() * c.strengthToB())
		.reversed();

	private final Projection projection;

	private final Driver driver;

	MutualConnections(Projection projection, Driver driver) {
		this.projection = projection;
		this.driver = driver;
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
	 * Who can introduce {@code personId} to {@code targetId}.
	 * @param personId the asker
	 * @param targetId the person to reach
	 * @param limit most names to return
	 * @param targetPrivate whether the target keeps their connections private
	 * @return the count and the ranked mutual connections
	 */
	public Mutuals between(String personId, String targetId, int limit, boolean targetPrivate) {
		KnowsGraph graph = this.projection.snapshot().graph();
		int a = graph.indexOf(personId);
		int b = graph.indexOf(targetId);
		if (a < 0 || graph.isRemoved(a)) {
			throw Problems.notFound("person", personId);
		}
		if (b < 0 || graph.isRemoved(b)) {
			throw Problems.notFound("person", targetId);
		}
		List<KnowsGraph.CommonNeighbour> ranked = ranked(graph, a, b);
		if (targetPrivate) {
			return new Mutuals(ranked.size(), List.of(), true);
		}
		List<KnowsGraph.CommonNeighbour> top = ranked.subList(0, Math.min(limit, ranked.size()));
		List<String> ids = top.stream().map(c -> graph.id(c.person())).toList();
		Map<String, Record> details = new HashMap<>();
		for (Record r : Cypher.read(this.driver, "network/mutual-contexts",
				Map.of("a", personId, "b", targetId, "mutuals", ids))) {
			details.put(r.get("id").asString(), r);
		}
		List<MutualConnection> out = new ArrayList<>(top.size());
		for (KnowsGraph.CommonNeighbour c : top) {
			String id = graph.id(c.person());
			Record r = details.get(id);
			if (r == null) {
				continue; // deleted since the projection was built
			}
			List<String> contexts = new ArrayList<>(2);
			contexts.add(r.get("contextToPerson").asString(null));
			contexts.add(r.get("contextToTarget").asString(null));
			out.add(new MutualConnection(
					new MutualConnection.Person(id, r.get("name").asString(null), r.get("headline").asString(null)),
					r.get("strengthToPerson").asDouble(c.strengthToA()),
					r.get("strengthToTarget").asDouble(c.strengthToB()), contexts));
		}
		return new Mutuals(ranked.size(), out, false);
	}

}
