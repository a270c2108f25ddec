package org.warmpath.paths;

import java.time.Duration;

/**
 * The bounds every graph search honours.
 *
 * @param maxHops at most this many ties in a path, 1..6
 * @param minStrength ties weaker than this are never used (0 uses every tie)
 * @param avoid indices of people who must never stand in the middle of a path (they may
 * still be the source or target)
 * @param deadlineNanos {@link System#nanoTime()} value after which the search throws
 * {@link SearchTimeoutException}
 */
public record SearchLimits(int maxHops, double minStrength, int[] avoid, long deadlineNanos) {

	/** The hard ceiling on {@link #maxHops}. */
	public static final int MAX_HOPS = 6;

	public SearchLimits {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be in 1.." + MAX_HOPS + ": " + maxHops);
		}
		if (!(minStrength >= 0.0 && minStrength <= 1.0)) {
			throw new IllegalArgumentException("minStrength must be in [0, 1]: " + minStrength);
		}
		avoid = (avoid != null) ? avoid.clone() : new int[0];
	}

	/** Limits with a time budget starting now, no minimum strength and nobody avoided. */
	public static SearchLimits of(int maxHops, Duration budget) {
		return new SearchLimits(maxHops, 0.0, null, System.nanoTime() + budget.toNanos());
	}

	public SearchLimits withMinStrength(double minStrength) {
		return new SearchLimits(this.maxHops, minStrength, this.avoid, this.deadlineNanos);
	}

	public SearchLimits withAvoid(int... avoid) {
		return new SearchLimits(this.maxHops, this.minStrength, avoid, this.deadlineNanos);
	}

	public SearchLimits withMaxHops(int maxHops) {
		return new SearchLimits(maxHops, this.minStrength, this.avoid, this.deadlineNanos);
	}

	/**
	 * Largest usable tie cost: ties costlier than this are weaker than
	 * {@link #minStrength}.
	 */
	double maxCost() {
		return (this.minStrength <= 0.0) ? Double.POSITIVE_INFINITY : -Math.log(this.minStrength);
	}

}
