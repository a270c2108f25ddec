package org.warmpath.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Holds our analytics to the figures SNAP publishes for the graphs in
 * ../shared/data/README.md: triangle counts and average clustering (over all nodes,
 * degree below 2 counting 0, self-loops ignored, as SNAP and NetworkX do) of ca-GrQc,
 * ca-HepTh, ca-HepPh and ego-Facebook; the exact diameter of ego-Facebook (8); the
 * largest component (986) and exact diameter (7) of email-Eu-core read as undirected, and
 * what the summary's sampled estimate says there. Each of these runs in well under a few
 * seconds; exact betweenness of ego-Facebook (minutes for the peers) is checked against
 * JGraphT and NetworkX by {@link AnalyticsBenchmark} instead. Skips with a message when
 * ../shared/data is absent.
 */
class SnapFiguresTests {

	static Path snap(String name) {
		Path f = GraphFiles.DATA.resolve("snap/" + name);
		assumeTrue(Files.isReadable(f), "SNAP " + name + " not found at " + f.toAbsolutePath() + ": skipping");
		return f;
	}

	@ParameterizedTest(name = "{0}: {3} triangles, average clustering {4}")
	@CsvSource({ "ca-GrQc, 5242, 14484, 48260, 0.5296", "ca-HepTh, 9877, 25973, 28339, 0.4714",
			"ca-HepPh, 12008, 118489, 3358499, 0.6115", "ego-Facebook, 4039, 88234, 1612010, 0.6055" })
	void trianglesAndAverageClusteringMatchSnap(String name, int nodes, long ties, long triangles, double clustering)
			throws IOException {
		GraphFiles.Loaded g = GraphFiles.snap(snap(name + ".txt"));
		assertThat(g.graph().vertexCount()).isEqualTo(nodes);
		assertThat(g.graph().edgeCount()).as("ties without self-loops and duplicates").isEqualTo(ties);
		assertThat(Clustering.triangles(g.graph())).isEqualTo(triangles);
		// SNAP prints 4 decimals
		assertThat(Clustering.average(g.graph())).isCloseTo(clustering, within(0.00005));
	}

	@Test
	void egoFacebookDiameterIsEight() throws IOException {
		AnalysisGraph g = GraphFiles.snap(snap("ego-Facebook.txt")).graph();
		assertThat(Traversal.distances(g, Integer.MAX_VALUE, 1).diameter()).isEqualTo(8);
		// what /api/analytics/summary reports: a lower bound from 100 sources + a double
		// sweep
		Traversal.DistanceEstimate e = Traversal.distances(g, NetworkAnalytics.DISTANCE_SAMPLE, NetworkAnalytics.SEED);
		assertThat(e.exact()).isFalse();
		assertThat(e.diameter()).isEqualTo(8);
	}

	@Test
	void emailEuCoreLargestComponentAndDiameterMatchSnap() throws IOException {
		AnalysisGraph g = GraphFiles.csvEdges(snap("email-Eu-core.txt")).graph();
		assertThat(g.vertexCount()).isEqualTo(1005);
		int[] sizes = Traversal.componentSizes(g, Traversal.components(g));
		assertThat(sizes[0]).isEqualTo(986);
		assertThat(Traversal.distances(g, Integer.MAX_VALUE, 1).diameter()).isEqualTo(7);
		Traversal.DistanceEstimate e = Traversal.distances(g, NetworkAnalytics.DISTANCE_SAMPLE, NetworkAnalytics.SEED);
		assertThat(e.diameter()).isEqualTo(7);
	}

}
