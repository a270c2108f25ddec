package org.warmpath.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import java.util.HashSet;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.warmpath.WarmPathTest;
import org.warmpath.projection.JGraphTViews;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Holds the Cypher engine, the graph engine and JGraphT to the same answers on the demo
 * network loaded in the test database (random pairs of a generated graph): fewest-hop
 * lengths, and warmest costs under every cap the exhaustive Cypher query can afford.
 */
@WarmPathTest
class EngineAgreementTests {

	@Autowired
	GraphPathEngine graph;

	@Autowired
	CypherPathEngine cypher;

	@Autowired
	JGraphTPathEngine jgrapht;

	@Autowired
	Projection projection;

	private List<String[]> pairs(int count, long seed) {
		KnowsGraph g = this.projection.snapshot().graph();
		List<String> demo = new ArrayList<>();
		for (int i = 0; i < g.nodeCount(); i++) {
			if (g.id(i).matches("p\\d+") && !g.isRemoved(i)) {
				demo.add(g.id(i));
			}
		}
		assertThat(demo).as("the demo network is loaded in tests").hasSizeGreaterThan(100);
		Random random = new Random(seed);
		List<String[]> pairs = new ArrayList<>();
		while (pairs.size() < count) {
			String a = demo.get(random.nextInt(demo.size()));
			String b = demo.get(random.nextInt(demo.size()));
			if (!a.equals(b)) {
				pairs.add(new String[] { a, b });
			}
		}
		return pairs;
	}

	@Test
	void fewestHopCountsAgreeAcrossCypherTheKernelAndJGraphT() {
		KnowsGraph projection = this.projection.snapshot().graph();
		Graph<Integer, DefaultWeightedEdge> reference = JGraphTViews.toJGraphT(projection);
		int found = 0;
		for (String[] pair : pairs(60, 1)) {
			int a = projection.indexOf(pair[0]);
			int b = projection.indexOf(pair[1]);
			// JGraphT's BFS over the people who may stand in the middle, plus the two
			// ends
			Set<Integer> allowed = new HashSet<>();
			for (int v : reference.vertexSet()) {
				if (projection.isOpen(v) || v == a || v == b) {
					allowed.add(v);
				}
			}
			GraphPath<Integer, DefaultWeightedEdge> bfs = new BFSShortestPath<>(new AsSubgraph<>(reference, allowed))
				.getPath(a, b);
			for (int maxHops : new int[] { 2, 4, 6 }) {
				PathRequest request = new PathRequest(pair[0], pair[1], PathMode.FEWEST, 1, maxHops, 0.0, List.of());
				List<FoundPath> g = this.graph.find(request);
				List<FoundPath> c = this.cypher.find(request);
				List<FoundPath> j = this.jgrapht.find(request);
				assertThat(j).hasSameSizeAs(g);
				boolean jgraphtFinds = bfs != null && bfs.getLength() <= maxHops;
				assertThat(g.size()).as("%s -> %s within %d", pair[0], pair[1], maxHops).isEqualTo(c.size());
				assertThat(!g.isEmpty()).isEqualTo(jgraphtFinds);
				if (!g.isEmpty()) {
					found++;
					assertThat(g.get(0).hops()).isEqualTo(c.get(0).hops())
						.isEqualTo(j.get(0).hops())
						.isEqualTo(bfs.getLength());
				}
			}
		}
		assertThat(found).as("some pairs are connected").isGreaterThan(30);
	}

	@Test
	void warmestCostsAndAlternativesAgreeUnderTheCap() {
		for (String[] pair : pairs(25, 2)) {
			for (int maxHops : new int[] { 1, 2, 3 }) {
				PathRequest request = new PathRequest(pair[0], pair[1], PathMode.WARMEST, 3, maxHops, 0.0, List.of());
				List<FoundPath> g = this.graph.find(request);
				List<FoundPath> c = this.cypher.find(request);
				List<FoundPath> j = this.jgrapht.find(request);
				assertThat(g).hasSameSizeAs(c).hasSameSizeAs(j);
				for (int i = 0; i < g.size(); i++) {
					assertThat(g.get(i).cost()).isCloseTo(c.get(i).cost(), within(1e-6));
					assertThat(j.get(i).cost()).isCloseTo(c.get(i).cost(), within(1e-6));
					assertThat(j.get(i).hops()).isLessThanOrEqualTo(maxHops);
					assertThat(g.get(i).hops()).isLessThanOrEqualTo(maxHops);
				}
			}
		}
	}

	@Test
	void minStrengthAndAvoidAreKeptByBothEngines() {
		for (String[] pair : pairs(20, 3)) {
			PathRequest open = new PathRequest(pair[0], pair[1], PathMode.FEWEST, 1, 4, 0.0, List.of());
			List<FoundPath> first = this.graph.find(open);
			if (first.isEmpty() || first.get(0).hops() < 2) {
				continue;
			}
			String middle = first.get(0).people().get(1);
			PathRequest request = new PathRequest(pair[0], pair[1], PathMode.FEWEST, 3, 4, 0.4, List.of(middle));
			for (List<FoundPath> answer : List.of(this.graph.find(request), this.cypher.find(request),
					this.jgrapht.find(request))) {
				for (FoundPath p : answer) {
					assertThat(p.people().subList(1, p.people().size() - 1)).doesNotContain(middle);
					assertThat(p.strengths()).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.4 - 1e-7));
				}
			}
			assertThat(this.graph.find(request).stream().map(FoundPath::hops).toList())
				.isEqualTo(this.cypher.find(request).stream().map(FoundPath::hops).toList())
				.isEqualTo(this.jgrapht.find(request).stream().map(FoundPath::hops).toList());
		}
	}

}
