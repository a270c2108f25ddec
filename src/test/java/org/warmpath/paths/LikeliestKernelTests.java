package org.warmpath.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.warmpath.paths.SearchKernelPropertyTests.Found;
import org.warmpath.paths.SearchKernelPropertyTests.Query;
import org.warmpath.projection.KnowsGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The likeliest mode's kernels (node weights for the intermediaries) against brute-force
 * enumeration of every capped loopless path, on the random graphs of
 * {@link SearchKernelPropertyTests}; and without weights it is the warmest.
 */
class LikeliestKernelTests {

	private static final double EPS = 1e-9;

	@Property(tries = 120)
	void likeliestKPathsMatchBruteForceWithNodeWeights(@ForAll long seed, @ForAll @IntRange(min = 8, max = 14) int n) {
		Random rnd = new Random(seed);
		KnowsGraph g = SearchKernelPropertyTests.randomGraph(rnd, n, 3 + rnd.nextInt(3));
		double[] weights = new double[g.capacity()];
		for (int i = 0; i < weights.length; i++) {
			// responsiveness between 0.05 and 0.95; some people exactly at the prior
			weights[i] = (rnd.nextInt(4) == 0) ? -Math.log(0.5) : -Math.log(0.05 + 0.9 * rnd.nextDouble());
		}
		PathFinder finder = new PathFinder(g);
		for (int cap = 1; cap <= 6; cap++) {
			Query q = SearchKernelPropertyTests.randomQuery(rnd, g, cap);
			List<Found> all = new ArrayList<>();
			for (Found f : SearchKernelPropertyTests.bruteForce(g, q)) {
				double c = f.cost();
				for (int i = 1; i < f.nodes().length - 1; i++) {
					c += weights[f.nodes()[i]];
				}
				all.add(new Found(f.nodes(), c, f.hops()));
			}
			all.sort(Comparator.comparingDouble(Found::cost).thenComparingInt(Found::hops));
			int k = 1 + rnd.nextInt(PathFinder.MAX_K);
			List<org.warmpath.paths.GraphPath> got = finder.paths(PathMode.LIKELIEST, q.s(), q.t(), k, q.limits(),
					weights);
			assertThat(got).hasSize(Math.min(k, all.size()));
			for (int i = 0; i < got.size(); i++) {
				org.warmpath.paths.GraphPath p = got.get(i);
				double nodes = 0;
				for (int j = 1; j < p.nodes().length - 1; j++) {
					nodes += weights[p.nodes()[j]];
				}
				// valid, and its ties' costs plus its intermediaries' weights make its
				// cost
				SearchKernelPropertyTests.assertValid(g,
						new org.warmpath.paths.GraphPath(p.nodes(), p.edges(), p.cost() - nodes, p.hops()), q);
				assertThat(got.get(i).cost()).as("likeliest #%d cap %d", i, cap)
					.isCloseTo(all.get(i).cost(), within(EPS));
			}
			SearchKernelPropertyTests.assertDistinct(got);
			// without weights, every introducer passes introductions on: the warmest
			List<org.warmpath.paths.GraphPath> plain = finder.paths(PathMode.LIKELIEST, q.s(), q.t(), k, q.limits(),
					null);
			List<org.warmpath.paths.GraphPath> warm = finder.paths(PathMode.WARMEST, q.s(), q.t(), k, q.limits());
			assertThat(plain).hasSameSizeAs(warm);
			for (int i = 0; i < warm.size(); i++) {
				assertThat(plain.get(i).cost()).isCloseTo(warm.get(i).cost(), within(EPS));
			}
		}
	}

}
