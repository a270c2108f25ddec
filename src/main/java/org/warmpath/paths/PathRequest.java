package org.warmpath.paths;

import java.util.List;

/**
 * A validated path query.
 *
 * @param from the person asking
 * @param to the person to reach
 * @param mode warmest or fewest
 * @param k how many alternatives, 1..10
 * @param maxHops at most this many ties, 1..6
 * @param minStrength ties weaker than this are never used
 * @param avoid people who must not stand in the middle
 */
public record PathRequest(String from, String to, PathMode mode, int k, int maxHops, double minStrength,
		List<String> avoid) {
}
