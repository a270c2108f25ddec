package org.warmpath.paths;

import java.util.Arrays;

/**
 * A loopless path found by a search kernel: the people from source to target, the tie
 * used for each step ({@code edges[i]} joins {@code nodes[i]} and {@code nodes[i+1]}; see
 * {@link org.warmpath.projection.KnowsGraph#tieEndpoints}), its cost (sum of -ln
 * strength, summed from the source) and its number of hops.
 */
public record GraphPath(int[] nodes, int[] edges, double cost, int hops) {

	/**
	 * The chance that every introduction in the chain comes off: the product of the
	 * strengths.
	 */
	public double warmth() {
		return Math.exp(-this.cost);
	}

	public int source() {
		return this.nodes[0];
	}

	public int target() {
		return this.nodes[this.nodes.length - 1];
	}

	@Override
	public boolean equals(Object o) {
		return (o instanceof GraphPath p) && Arrays.equals(this.nodes, p.nodes) && Arrays.equals(this.edges, p.edges);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.nodes);
	}

	@Override
	public String toString() {
		return "GraphPath" + Arrays.toString(this.nodes) + " cost=" + this.cost + " hops=" + this.hops;
	}

}
