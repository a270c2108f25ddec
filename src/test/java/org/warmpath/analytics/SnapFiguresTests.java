package org.warmpath.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Holds triangle counts, clustering and components to the figures SNAP publishes for
 * ca-GrQc (../shared/data/README.md): 48,260 triangles and average clustering 0.5296 over
 * all 5,242 nodes (self-loops ignored, as SNAP and NetworkX do). Heavier graphs
 * (ego-Facebook betweenness and diameter) are checked by the benchmark instead.
 */
class SnapFiguresTests {

	static final Path GRQC = GraphFiles.DATA.resolve("snap/ca-GrQc.txt");

	@Test
	void caGrQcTrianglesAndAverageClusteringMatchSnap() throws IOException {
		assumeTrue(Files.isReadable(GRQC), "SNAP ca-GrQc not found at " + GRQC.toAbsolutePath() + ": skipping");
		GraphFiles.Loaded g = GraphFiles.snap(GRQC);
		assertThat(g.graph().vertexCount()).isEqualTo(5242);
		assertThat(g.graph().edgeCount()).isEqualTo(14496 - 12);
		assertThat(Clustering.triangles(g.graph())).isEqualTo(48260);
		assertThat(Clustering.average(g.graph())).isCloseTo(0.5296, within(0.00005));
	}

}
