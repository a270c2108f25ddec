package org.warmpath.paths;

import java.util.List;

/**
 * One way of finding introduction paths. Every engine keeps the same rules (consenting
 * intermediaries only, avoided people never in the middle, loopless, hop cap, minimum
 * strength) and orders its answer best first, so tests can hold engines to each other.
 */
interface PathEngine {

	/**
	 * The engine's name in the API ({@code graph}, {@code cypher} or {@code jgrapht}).
	 */
	String name();

	/**
	 * Finds up to {@code k} paths.
	 * @param request a validated request whose people exist
	 * @return paths best first; empty when there is none
	 */
	List<FoundPath> find(PathRequest request);

}
