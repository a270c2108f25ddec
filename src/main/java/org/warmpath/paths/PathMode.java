package org.warmpath.paths;

/** What a path search minimises. */
public enum PathMode {

	/** Total cost (sum of -ln strength), then hops. */
	WARMEST,

	/** Hops, then total cost. */
	FEWEST,

	/**
	 * The chance that every introduction comes off: sum of -ln strength over the ties
	 * plus sum of -ln responsiveness over the people in the middle, then hops.
	 */
	LIKELIEST

}
