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
 * responsiveness's version or another graph), and shared read-only by every search until
 * the next change: a search reads an array slot, never a map. The two are copied apart:
 * every route finder needs the introducers at their quota (O(introducers) to copy), only
 * the likeliest mode needs the weights (O(n): a {@code double} per person). Copied
 * together, each introduction asked or answered and each tie write made every next path
 * search copy 800 KB at 100k people (about a tenth of the app's allocation under the
 * 64-client load). People added to the graph in place after the copy read the prior,
 * which is what a newcomer has.
 */
@Component
public class RouteWeights {

	private static final double PRIOR_WEIGHT = -Math.log(Responsiveness.PRIOR);

	private final Responsiveness responsiveness;

	private volatile Weights weights;

	private volatile Saturated saturated;

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
		Weights w = this.weights;
		long version = this.responsiveness.version();
		if (w != null && w.graph() == graph && w.version() == version && w.weights().length >= graph.capacity()) {
			return w.weights();
		}
		double[] weights = new double[graph.capacity()];
		Arrays.fill(weights, PRIOR_WEIGHT);
		this.responsiveness.forEach((id, answers) -> {
			int idx = graph.indexOf(id);
			if (idx >= 0 && idx < weights.length) {
				weights[idx] = -Math.log(answers.estimate());
			}
		});
		this.weights = new Weights(graph, version, weights);
		return weights;
	}

	/**
	 * The introducers at their quota, as indices of {@code graph}: every route finder
	 * passes them to the search as people to avoid.
	 * @param graph the graph searched
	 * @return their indices, ascending; do not modify
	 */
	public int[] saturated(KnowsGraph graph) {
		Saturated s = this.saturated;
		long version = this.responsiveness.version();
		if (s != null && s.graph() == graph && s.version() == version) {
			return s.indices();
		}
		int[] count = { 0 };
		int[][] holder = { new int[16] };
		int quota = this.responsiveness.quota();
		this.responsiveness.forEach((id, answers) -> {
			if (answers.pendingAsks() < quota) {
				return;
			}
			int idx = graph.indexOf(id);
			if (idx < 0) {
				return;
			}
			if (count[0] == holder[0].length) {
				holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
			}
			holder[0][count[0]++] = idx;
		});
		int[] sat = Arrays.copyOf(holder[0], count[0]);
		Arrays.sort(sat);
		this.saturated = new Saturated(graph, version, sat);
		return sat;
	}

	/** The responsiveness these weights come from. */
	public Responsiveness responsiveness() {
		return this.responsiveness;
	}

	private record Weights(KnowsGraph graph, long version, double[] weights) {
	}

	private record Saturated(KnowsGraph graph, long version, int[] indices) {
	}

}
