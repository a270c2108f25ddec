package org.warmpath.paths;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.warmpath.people.PersonSummary;

/**
 * The answer to a path query.
 *
 * @param paths best first; empty when there is no path within the bounds
 * @param engine which engine answered
 * @param mode warmest, fewest or likeliest
 * @param k alternatives asked for
 * @param maxHops hop cap used
 * @param tookMs time spent searching and explaining
 * @param skipped introducers at their quota whom the best route would have passed
 * through, left out of every path
 */
public record PathAnswer(List<IntroductionPath> paths, String engine, String mode, int k, int maxHops, double tookMs,
		List<Skipped> skipped) {

	/**
	 * An answer that skipped nobody.
	 * @param paths best first
	 * @param engine which engine
	 * @param mode the mode
	 * @param k alternatives asked for
	 * @param maxHops hop cap
	 * @param tookMs time spent
	 */
	public PathAnswer(List<IntroductionPath> paths, String engine, String mode, int k, int maxHops, double tookMs) {
		this(paths, engine, mode, k, maxHops, tookMs, List.of());
	}

	/**
	 * An introducer the answer went around because they are at their quota.
	 *
	 * @param person their card, as the visibility rule lets the viewer see them on that
	 * route (anonymous when it must be)
	 * @param pendingAsks asks waiting for their answer
	 * @param reason why, such as "3 asks waiting"
	 * @param route the best route through them, for the visibility rule only (never
	 * serialised)
	 */
	public record Skipped(PersonSummary person, int pendingAsks, String reason, @JsonIgnore List<String> route) {
	}

}
