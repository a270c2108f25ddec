package org.warmpath.mentorsearch;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.SearchLimits;
import org.warmpath.projection.KnowsGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact cost from both ends that a long ranking search gives the few candidates
 * holding it open ({@link ReachRanking#exactCosts}) is the path finder's least cost
 * within the hop cap, bit for bit (a cost one unit in the last place apart would order
 * two tied scores the other way round than the full ranking): on random graphs with
 * closed people, removed ties and people, ties added in place (the overlay), introducers
 * avoided, and every hop cap from 1 to 5 (odd caps split the walk unevenly); and
 * +infinity exactly where the path finder finds no walk.
 */
class ExactCostTests {

	@Test
	void theCostFromBothEndsIsThePathFindersCostBitForBit() {
		Random rnd = new Random(2026);
		int finite = 0;
		int infinite = 0;
		for (int round = 0; round < 80; round++) {
			int n = 20 + rnd.nextInt(60);
			KnowsGraph g = NetworkReachTests.randomGraph(rnd, n, 1 + rnd.nextInt(5));
			int[] avoid = (rnd.nextBoolean()) ? new int[0]
					: rnd.ints(1 + rnd.nextInt(4), 0, n).distinct().sorted().toArray();
			PathFinder finder = PathFinder.of(g);
			for (int q = 0; q < 10; q++) {
				int s = rnd.nextInt(n);
				if (g.isRemoved(s)) {
					continue;
				}
				int hops = 1 + rnd.nextInt(5);
				int[] targets = rnd.ints(12, 0, n).filter(t -> t != s).toArray();
				double[] expected = finder.warmestCosts(s, targets,
						SearchLimits.of(hops, Duration.ofSeconds(5)).withAvoid(avoid));
				double[] actual = ReachRanking.exactCosts(g, s, targets, hops, avoid);
				for (int i = 0; i < targets.length; i++) {
					assertThat(Double.doubleToLongBits(actual[i]))
						.as("round %d: %d to %d within %d, avoiding %s: %s against %s", round, s, targets[i], hops,
								Arrays.toString(avoid), actual[i], expected[i])
						.isEqualTo(Double.doubleToLongBits(expected[i]));
					if (Double.isFinite(expected[i])) {
						finite++;
					}
					else {
						infinite++;
					}
				}
			}
		}
		// both answers are exercised, not just one
		assertThat(finite).isGreaterThan(1000);
		assertThat(infinite).isGreaterThan(1000);
	}

}
