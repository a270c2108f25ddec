package org.warmpath.paths;

import java.util.Arrays;

import org.warmpath.outcomes.Responsiveness;
import org.warmpath.projection.KnowsGraph;

import org.springframework.stereotype.Component;

/**
 * What the route finders learn from introductions, indexed like a projection graph: each
 * person's node weight for the likeliest mode ({@code -ln} of their responsiveness) and
 * the introducers at their quota, whom no route passes through.
 *
 * <p>
 * Copied from {@link Responsiveness} into arrays on first use after any change (the
 * responsiveness's version or another graph), O(n + introducers), and shared read-only by
 * every search until the next change: a search reads an array slot, never a map. People
 * added to the graph in place after the copy read the prior, which is what a newcomer
 * has.
 */
@Component
public class RouteWeights {

	private static final double PRIOR_WEIGHT = -Math.log(Responsiveness.PRIOR);

	private final Responsiveness responsiveness;

	private volatile Copy copy;

	RouteWeights(Responsiveness responsiveness) {
		this.responsiveness = responsiveness;
	}

	/**
	 * Node weights for
	 * {@link PathFinder#paths(PathMode, int, int, int, SearchLimits, double[])}.
	 * @param graph the graph searched
	 * @return {@code -ln(responsiveness)} per person index, at least
	 * {@link KnowsGraph#capacity()} long; do not modify
	 */
	public double[] weights(KnowsGraph graph) {
		return of(graph).weights();
	}

	/**
	 * The introducers at their quota, as indices of {@code graph}: every route finder
	 * passes them to the search as people to avoid.
	 * @param graph the graph searched
	 * @return their indices, ascending; do not modify
	 */
	public int[] saturated(KnowsGraph graph) {
		return of(graph).saturated();
	}

	/** The responsiveness these weights come from. */
	public Responsiveness responsiveness() {
		return this.responsiveness;
	}

	private Copy of(KnowsGraph graph) {
		Copy c = this.copy;
		long version = this.responsiveness.version();
		if (c != null && c.graph() == graph && c.version() == version && c.weights().length >= graph.capacity()) {
			return c;
		}
		double[] weights = new double[graph.capacity()];
		Arrays.fill(weights, PRIOR_WEIGHT);
		int[] count = { 0 };
		int[][] holder = { new int[16] };
		int quota = this.responsiveness.quota();
		this.responsiveness.forEach((id, answers) -> {
			int idx = graph.indexOf(id);
			if (idx < 0 || idx >= weights.length) {
				return;
			}
			weights[idx] = -Math.log(answers.estimate());
			if (answers.pendingAsks() >= quota) {
				if (count[0] == holder[0].length) {
					holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
				}
				holder[0][count[0]++] = idx;
			}
		});
		int[] sat = Arrays.copyOf(holder[0], count[0]);
		Arrays.sort(sat);
		c = new Copy(graph, version, weights, sat);
		this.copy = c;
		return c;
	}

	private record Copy(KnowsGraph graph, long version, double[] weights, int[] saturated) {
	}

}
