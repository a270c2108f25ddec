package org.warmpath.paths;

/** What a path search minimises. */
public enum PathMode {

	/** Total cost (sum of -ln strength), then hops. */
	WARMEST,

	/** Hops, then total cost. */
	FEWEST

}
