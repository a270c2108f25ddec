package org.warmpath.analytics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CSR kernels against JGraphT (the reference the design names) on small random
 * graphs, and against hand-checked answers on tiny ones.
 */
class AlgorithmsTests {

	private static int seedCounter = 1;

	record Pair(AnalysisGraph ours, Graph<Integer, DefaultEdge> theirs) {
	}

	static Pair random(long seed, int n, double p) {
		Random r = new Random(seed);
		AnalysisGraph.Builder b = AnalysisGraph.builder(n, false);
		Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
		for (int v = 0; v < n; v++) {
			j.addVertex(v);
		}
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n; v++) {
				if (r.nextDouble() < p) {
					b.add(u, v, 0.1 + 0.9 * r.nextDouble());
					j.addEdge(u, v);
				}
			}
		}
		return new Pair(b.build(), j);
	}

	@RepeatedTest(8)
	void brandesMatchesJGraphTOnRandomGraphsOnTwoThreads() {
		long seed = seedCounter++;
		Pair g = random(seed, 30 + (int) (seed * 7 % 40), 0.03 + 0.02 * (seed % 4));
		double[] ours = Betweenness.compute(g.ours(), Betweenness.allSources(g.ours()), 2, false, Progress.NONE);
		double[] oursNorm = Betweenness.compute(g.ours(), Betweenness.allSources(g.ours()), 2, true, Progress.NONE);
		var raw = new BetweennessCentrality<>(g.theirs(), false).getScores();
		var norm = new BetweennessCentrality<>(g.theirs(), true).getScores();
		for (int v = 0; v < ours.length; v++) {
			assertThat(ours[v]).as("raw betweenness of %d, seed %d", v, seed).isCloseTo(raw.get(v), within(1e-9));
			// NetworkX's undirected normalisation is twice JGraphT's
			assertThat(oursNorm[v]).as("normalised betweenness of %d", v).isCloseTo(2 * norm.get(v), within(1e-12));
		}
	}

	@Test
	void betweennessOfAPathCentreIsTheNumberOfPairsThroughIt() {
		// 0-1-2-3-4: vertex 2 lies on the paths 0-3, 0-4, 1-3, 1-4 (4 pairs)
		AnalysisGraph g = AnalysisGraph.builder(5, false).add(0, 1, 1).add(1, 2, 1).add(2, 3, 1).add(3, 4, 1).build();
		double[] bc = Betweenness.compute(g, Betweenness.allSources(g), 2, false, Progress.NONE);
		assertThat(bc).containsExactly(new double[] { 0, 3, 4, 3, 0 }, within(1e-12));
		double[] norm = Betweenness.compute(g, Betweenness.allSources(g), 1, true, Progress.NONE);
		// networkx.betweenness_centrality(nx.path_graph(5)) -> 2: 0.6667
		assertThat(norm[2]).isCloseTo(4.0 * 2 / (4 * 3), within(1e-12));
	}

	@Test
	void sampledBetweennessWithAllSourcesIsExactAndSampleIsSeeded() {
		Pair g = random(99, 60, 0.08);
		int[] all = Betweenness.sampleSources(g.ours(), 1000, 7);
		assertThat(all).hasSize(60);
		assertThat(Betweenness.sampleSources(g.ours(), 10, 7))
			.containsExactly(Betweenness.sampleSources(g.ours(), 10, 7));
	}

	@RepeatedTest(6)
	void articulationPointsAndBridgesMatchJGraphT() {
		long seed = 100 + seedCounter++;
		Pair g = random(seed, 40, 0.05);
		Cuts.Result ours = Cuts.of(g.ours());
		BiconnectivityInspector<Integer, DefaultEdge> inspector = new BiconnectivityInspector<>(g.theirs());
		Set<Integer> points = Arrays.stream(ours.articulationPoints()).boxed().collect(Collectors.toSet());
		assertThat(points).isEqualTo(inspector.getCutpoints());
		Set<String> bridges = ours.bridges().stream().map(b -> b[0] + "-" + b[1]).collect(Collectors.toSet());
		Set<String> theirs = new HashSet<>();
		for (DefaultEdge e : inspector.getBridges()) {
			int a = g.theirs().getEdgeSource(e);
			int b = g.theirs().getEdgeTarget(e);
			theirs.add(Math.min(a, b) + "-" + Math.max(a, b));
		}
		assertThat(bridges).isEqualTo(theirs);
	}

	@RepeatedTest(4)
	void clusteringMatchesJGraphT() {
		Pair g = random(200 + seedCounter++, 50, 0.15);
		double[] ours = Clustering.local(g.ours());
		var theirs = new ClusteringCoefficient<>(g.theirs());
		for (int v = 0; v < ours.length; v++) {
			assertThat(ours[v]).isCloseTo(theirs.getVertexScore(v), within(1e-12));
		}
		assertThat(Clustering.average(g.ours())).isCloseTo(theirs.getAverageClusteringCoefficient(), within(1e-12));
	}

	@Test
	void louvainSplitsTwoCliquesJoinedByOneTieAndReportsTheirModularity() {
		// two 5-cliques 0..4 and 5..9, bridge 4-5: Q = 2 * (10/21 - (21/42)^2) =
		// 0.45238...
		AnalysisGraph.Builder b = AnalysisGraph.builder(11, false);
		for (int base : new int[] { 0, 5 }) {
			for (int i = 0; i < 5; i++) {
				for (int j = i + 1; j < 5; j++) {
					b.add(base + i, base + j, 1);
				}
			}
		}
		AnalysisGraph g = b.add(4, 5, 1).build(); // vertex 10 is isolated
		Louvain.Result r = Louvain.communities(g, true, Progress.NONE);
		int[] c = r.community();
		assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]).isEqualTo(c[3]).isEqualTo(c[4]);
		assertThat(c[5]).isEqualTo(c[6]).isEqualTo(c[7]).isEqualTo(c[8]).isEqualTo(c[9]);
		assertThat(c[0]).isNotEqualTo(c[5]);
		assertThat(c[10]).isNotIn(c[0], c[5]);
		assertThat(r.count()).isEqualTo(3);
		assertThat(r.modularity()).isCloseTo(2 * (10.0 / 21 - 0.25), within(1e-12));
	}

	@Test
	void louvainOnRandomGraphsBeatsTheSingletonAndWholePartitions() {
		Pair g = random(5, 200, 0.03);
		Louvain.Result r = Louvain.communities(g.ours(), true, Progress.NONE);
		assertThat(r.modularity()).isCloseTo(Louvain.modularity(g.ours(), r.community(), true), within(1e-12));
		assertThat(r.modularity()).isGreaterThan(Louvain.modularity(g.ours(), new int[200], true) + 0.2);
	}

	@Test
	void emptyAndTinyGraphsHaveZeros() {
		AnalysisGraph empty = AnalysisGraph.builder(0, false).build();
		assertThat(Louvain.communities(empty, true, Progress.NONE).modularity()).isZero();
		assertThat(Clustering.average(empty)).isZero();
		AnalysisGraph two = AnalysisGraph.builder(2, false).add(0, 1, 1).build();
		assertThat(Betweenness.compute(two, Betweenness.allSources(two), 2, true, Progress.NONE)).containsOnly(0.0);
		assertThat(Cuts.of(two).bridges()).hasSize(1);
		assertThat(Traversal.distances(two, 10, 1).diameter()).isEqualTo(1);
	}

}
