package org.warmpath.analytics;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisGraphTests {

	static KnowsGraph random(int n, int ties, long seed) {
		Random rnd = new Random(seed);
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, rnd.nextInt(5) > 0);
		}
		for (int i = 0; i < ties; i++) {
			b.addTie(rnd.nextInt(n), rnd.nextInt(n), 0.05 + 0.95 * rnd.nextDouble());
		}
		return b.build();
	}

	static void assertSameGraph(AnalysisGraph a, AnalysisGraph b) {
		assertThat(a.vertexCount()).isEqualTo(b.vertexCount());
		for (int v = 0; v < a.vertexCount(); v++) {
			assertThat(a.isLive(v)).isEqualTo(b.isLive(v));
			assertThat(a.neighbours(v)).as("neighbours of %d", v).containsExactly(b.neighbours(v));
			for (int w : a.neighbours(v)) {
				assertThat(a.weight(v, w)).isEqualTo(b.weight(v, w));
			}
		}
		assertThat(a.edgeCount()).isEqualTo(b.edgeCount());
	}

	@Test
	void withNothingRemovedTheViewSharesTheProjectionsArraysAndEqualsTheCopy() {
		KnowsGraph g = random(300, 1500, 7);
		AnalysisGraph shared = AnalysisGraph.of(g);
		assertThat(shared.outTargets).isSameAs(g.targets());
		assertThat(shared.outOffsets).isSameAs(g.offsets());
		assertSameGraph(shared, AnalysisGraph.copyOf(g));
		for (int v = 0; v < g.nodeCount(); v++) {
			for (int w : g.neighbours(v)) {
				assertThat(shared.weight(v, w)).isEqualTo(g.strength(v, w));
			}
		}
	}

	@Test
	void removedTiesAndPeopleAreLeftOutOfANewViewButNotOfOneBuiltBefore() {
		KnowsGraph g = random(200, 900, 11);
		AnalysisGraph before = AnalysisGraph.of(g);
		int a = 0;
		int b = g.neighbours(a)[0];
		int gone = 1;
		while (gone == b || g.strength(a, gone) > 0) {
			gone++;
		}
		int tiesOfGone = g.neighbours(gone).length;
		g.removeTie(a, b);
		g.removePerson(gone);
		AnalysisGraph after = AnalysisGraph.of(g);
		assertThat(after.outTargets).isNotSameAs(g.targets());
		assertThat(after.hasEdge(a, b)).isFalse();
		assertThat(after.isLive(gone)).isFalse();
		assertThat(after.degree(gone)).isZero();
		assertThat(after.edgeCount()).isEqualTo(before.edgeCount() - 1 - tiesOfGone);
		assertThat(before.hasEdge(a, b)).isTrue();
		assertThat(before.isLive(gone)).isTrue();
	}

}
