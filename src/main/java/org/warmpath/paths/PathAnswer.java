package org.warmpath.paths;

import java.util.List;

/**
 * The answer to a path query.
 *
 * @param paths best first; empty when there is no path within the bounds
 * @param engine which engine answered
 * @param mode warmest or fewest
 * @param k alternatives asked for
 * @param maxHops hop cap used
 * @param tookMs time spent searching and explaining
 */
public record PathAnswer(List<IntroductionPath> paths, String engine, String mode, int k, int maxHops, double tookMs) {
}
