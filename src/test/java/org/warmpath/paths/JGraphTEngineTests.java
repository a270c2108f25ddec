package org.warmpath.paths;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The JGraphT engine held to the graph engine's kernels on random graphs, without the
 * database (the {@link EngineAgreementTests} hold all three engines to each other on the
 * demo network): best cost (warmest) and hop counts (fewest), k alternatives, under caps,
 * minStrength, avoid and consent.
 */
class JGraphTEngineTests {

	private static final JGraphTPathEngine JGRAPHT = new JGraphTPathEngine(null,
			new PathsProperties(Duration.ofSeconds(2), Duration.ofSeconds(10)));

	/**
	 * On random graphs (closed people, dead ties, removed people, strength ties): the
	 * JGraphT engine's best path has the kernels' cost (warmest) and hop count (fewest)
	 * under every cap, with avoid and minStrength, and k alternatives agree on costs.
	 */
	@Test
	void jgraphtAgreesWithTheKernelsOnRandomGraphs() {
		Random rnd = new Random(13);
		int compared = 0;
		for (int round = 0; round < 12; round++) {
			KnowsGraph g = SearchKernelPropertyTests.randomGraph(rnd, 60 + rnd.nextInt(60), 3 + rnd.nextInt(4));
			for (int q = 0; q < 25; q++) {
				int s = rnd.nextInt(g.nodeCount());
				int t = rnd.nextInt(g.nodeCount());
				if (s == t || g.isRemoved(s) || g.isRemoved(t)) {
					continue;
				}
				int maxHops = 1 + rnd.nextInt(6);
				double minStrength = (rnd.nextInt(3) == 0) ? 0.3 : 0.0;
				List<String> avoid = (rnd.nextInt(3) == 0) ? List.of(g.id(rnd.nextInt(g.nodeCount()))) : List.of();
				int[] avoided = avoid.stream().mapToInt(g::indexOf).filter(v -> v != s && v != t).toArray();
				int k = 1 + rnd.nextInt(3);
				for (PathMode mode : PathMode.values()) {
					SearchLimits limits = new SearchLimits(maxHops, minStrength, avoided,
							System.nanoTime() + 5_000_000_000L);
					PathRequest request = new PathRequest(g.id(s), g.id(t), mode, k, maxHops, minStrength, avoid);
					List<org.warmpath.paths.GraphPath> ours = new PathFinder(g).paths(mode, s, t, k, limits);
					List<FoundPath> theirs = JGRAPHT.find(g, request);
					assertThat(theirs).as("%s %d -> %d within %d, k %d", mode, s, t, maxHops, k).hasSameSizeAs(ours);
					for (int i = 0; i < ours.size(); i++) {
						if (mode == PathMode.WARMEST) {
							assertThat(theirs.get(i).cost()).isCloseTo(ours.get(i).cost(), within(1e-6));
						}
						else {
							assertThat(theirs.get(i).hops()).isEqualTo(ours.get(i).hops());
						}
						assertThat(theirs.get(i).hops()).isLessThanOrEqualTo(maxHops);
						assertThat(theirs.get(i).people().subList(1, theirs.get(i).people().size() - 1))
							.allSatisfy(p -> assertThat(g.canIntroduce(g.indexOf(p)) && !avoid.contains(p)).isTrue());
					}
					compared += ours.size();
				}
			}
		}
		assertThat(compared).as("paths compared").isGreaterThan(200);
	}

}
