package org.warmpath.mentorsearch;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.SearchLimits;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breadth-first check that decides whether the network reaches a pooled mentor
 * ({@link ReachRanking#networkReaches}) says yes exactly when the warmest-path search
 * finds a path, under the same rules: on random graphs with closed people, removed ties
 * and people, ties added in place (the overlay), introducers avoided, and every hop cap
 * from 1 to 5 (odd caps split the walk unevenly). So a pooled mentor who is also
 * reachable gets the path search's path, and one out of reach gets no network route.
 */
class NetworkReachTests {

	@Test
	void reachesExactlyWhenThePathSearchFindsAPath() {
		Random rnd = new Random(1513);
		int reached = 0;
		int unreached = 0;
		for (int round = 0; round < 60; round++) {
			int n = 20 + rnd.nextInt(60);
			KnowsGraph g = randomGraph(rnd, n, 1 + rnd.nextInt(4));
			int[] avoid = (rnd.nextBoolean()) ? new int[0]
					: rnd.ints(1 + rnd.nextInt(4), 0, n).distinct().sorted().toArray();
			PathFinder finder = new PathFinder(g);
			for (int q = 0; q < 60; q++) {
				int s = rnd.nextInt(n);
				int t = rnd.nextInt(n);
				if (s == t || g.isRemoved(s) || g.isRemoved(t)) {
					continue;
				}
				int hops = 1 + rnd.nextInt(5);
				boolean found = !finder
					.paths(PathMode.WARMEST, s, t, 1, SearchLimits.of(hops, Duration.ofSeconds(5)).withAvoid(avoid))
					.isEmpty();
				assertThat(ReachRanking.networkReaches(g, s, t, hops, avoid))
					.as("round %d: %d to %d within %d, avoiding %s", round, s, t, hops, Arrays.toString(avoid))
					.isEqualTo(found);
				if (found) {
					reached++;
				}
				else {
					unreached++;
				}
			}
		}
		// both answers are exercised, not just one
		assertThat(reached).isGreaterThan(300);
		assertThat(unreached).isGreaterThan(300);
	}

	@Test
	void nobodyIsReachedFromOrToARemovedPerson() {
		KnowsGraphBuilder b = KnowsGraph.builder();
		b.addPerson("a", true);
		b.addPerson("b", true);
		b.addTie(0, 1, 0.9);
		KnowsGraph g = b.build(4);
		assertThat(ReachRanking.networkReaches(g, 0, 1, 4, new int[0])).isTrue();
		g.removePerson(1);
		assertThat(ReachRanking.networkReaches(g, 0, 1, 4, new int[0])).isFalse();
	}

	static KnowsGraph randomGraph(Random rnd, int n, int degree) {
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int i = 0; i < n; i++) {
			b.addPerson("p" + i, rnd.nextDouble() < 0.75);
		}
		for (int i = 0; i < n * degree / 2; i++) {
			b.addTie(rnd.nextInt(n), rnd.nextInt(n), 0.1 + 0.9 * rnd.nextDouble());
		}
		KnowsGraph g = b.build(n + 8);
		for (int i = 0; i < g.tieCapacity() / 10; i++) {
			int[] ends = g.tieEndpoints(rnd.nextInt(g.tieCapacity()));
			g.removeTie(ends[0], ends[1]);
		}
		// ties added in place go to the overlay
		for (int i = 0; i < n / 5; i++) {
			int a = rnd.nextInt(n);
			int c = rnd.nextInt(n);
			if (a != c) {
				g.putTie(a, c, 0.1 + 0.9 * rnd.nextDouble());
			}
		}
		if (rnd.nextDouble() < 0.5) {
			g.removePerson(rnd.nextInt(n));
		}
		if (rnd.nextDouble() < 0.5) {
			int v = rnd.nextInt(n);
			g.setOpen(v, !g.isOpen(v));
		}
		return g;
	}

}
