package org.warmpath.paths;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;
import org.warmpath.projection.Lanes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working memory is per lane of the web's run queue (per thread outside lanes) and
 * outlives graph versions: a new projection of the same size reuses it (no allocation), a
 * bigger one grows it, a smaller one does not shrink it; and stamps left by a search on
 * the old version never leak into the new one's answers.
 */
class SearchScratchTests {

	private static final SearchLimits LIMITS = SearchLimits.of(4, Duration.ofSeconds(5));

	@Test
	void twoGraphVersionsInARowReuseTheThreadsScratchAndABiggerGraphGrowsIt() {
		KnowsGraph first = chain(50, 0, 1, 2);
		int[] path = warmestNodes(first, 0, 2);
		assertThat(path).containsExactly(0, 1, 2);
		SearchScratch held = SearchScratch.ofThisThread();
		assertThat(held).isNotNull();

		// the next version: same people, different ties; same scratch, right answer
		KnowsGraph second = chain(50, 0, 3, 2);
		assertThat(warmestNodes(second, 0, 2)).containsExactly(0, 3, 2);
		assertThat(new PathFinder(second).fewest(0, 1, LIMITS)).isEmpty();
		assertThat(new PathFinder(second).warmestCosts(0, new int[] { 1, 3 }, LIMITS)[0]).isInfinite();
		assertThat(SearchScratch.ofThisThread()).isSameAs(held);

		KnowsGraph bigger = chain(held.n + 100, 0, held.n + 50, 2);
		assertThat(warmestNodes(bigger, 0, 2)).containsExactly(0, held.n + 50, 2);
		SearchScratch grown = SearchScratch.ofThisThread();
		assertThat(grown).isNotSameAs(held);
		assertThat(grown.n).isGreaterThanOrEqualTo(bigger.nodeCount());

		assertThat(warmestNodes(second, 0, 2)).containsExactly(0, 3, 2);
		assertThat(SearchScratch.ofThisThread()).as("never shrinks").isSameAs(grown);
	}

	@Test
	void eachThreadHasItsOwn() throws InterruptedException {
		KnowsGraph g = chain(50, 0, 1, 2);
		warmestNodes(g, 0, 2);
		SearchScratch mine = SearchScratch.ofThisThread();
		SearchScratch[] theirs = new SearchScratch[1];
		Thread other = new Thread(() -> {
			warmestNodes(g, 0, 2);
			theirs[0] = SearchScratch.ofThisThread();
		});
		other.start();
		other.join();
		assertThat(theirs[0]).isNotNull().isNotSameAs(mine);
	}

	@Test
	void aLaneKeepsOneScratchWhicheverThreadHoldsItAndNoThreadsOwnIsUsedInALane() throws InterruptedException {
		KnowsGraph g = chain(50, 0, 1, 2);
		warmestNodes(g, 0, 2);
		SearchScratch threads = SearchScratch.ofThisThread();
		SearchScratch[] inLane = new SearchScratch[2];
		for (int i = 0; i < 2; i++) {
			int round = i;
			Thread t = new Thread(() -> {
				Lanes.enter(7);
				try {
					assertThat(warmestNodes(g, 0, 2)).containsExactly(0, 1, 2);
					inLane[round] = SearchScratch.ofThisThread();
				}
				finally {
					Lanes.leave();
				}
				assertThat(SearchScratch.ofThisThread()).as("the thread's own, outside the lane").isNull();
			});
			t.start();
			t.join();
		}
		assertThat(inLane[0]).isNotNull().isSameAs(inLane[1]).isNotSameAs(threads);
		Lanes.enter(8);
		try {
			assertThat(SearchScratch.ofThisThread()).as("another lane has none yet").isNull();
		}
		finally {
			Lanes.leave();
		}
		assertThat(SearchScratch.ofThisThread()).isSameAs(threads);
	}

	private static int[] warmestNodes(KnowsGraph g, int s, int t) {
		return new PathFinder(g).warmest(s, t, LIMITS).map(GraphPath::nodes).orElse(new int[0]);
	}

	/** {@code n} people p0.., everyone open, ties along {@code chain}. */
	private static KnowsGraph chain(int n, int... chain) {
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, true);
		}
		for (int i = 0; i + 1 < chain.length; i++) {
			b.addTie(chain[i], chain[i + 1], 0.5 + i * 0.1);
		}
		assertThat(Arrays.stream(chain).max().orElse(0)).isLessThan(n);
		return b.build();
	}

}
