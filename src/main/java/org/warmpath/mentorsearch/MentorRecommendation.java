package org.warmpath.mentorsearch;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.warmpath.outcomes.Responsiveness;
import org.warmpath.people.PersonSummary;

/**
 * One recommended mentor with the reasons for their place in the ranking.
 *
 * @param person the mentor
 * @param score overall score in [0, 1]
 * @param parts the weighted parts that add up to the score
 * @param fit what the fit part is made of
 * @param capacityLeft how many more mentees they can take
 * @param menteesBefore how many mentees they have had
 * @param path the warmest introduction path to them, or null when none within the hop cap
 * (the same path as the network route's)
 * @param routes how the mentee reaches them: a {@code programme} route per programme pool
 * they share (no introduction needed), and a {@code network} route when a warm path
 * exists; empty for a mentor reached by neither (an approach in writing, cold)
 * @param skipped introducers at their quota whom the warmest network walk to this mentor
 * would have passed through, left out of the route (empty when none): how busy they are,
 * never who they are, so that a recommendation is no oracle of who knows whom
 */
public record MentorRecommendation(PersonSummary person, double score, Parts parts, Fit fit, int capacityLeft,
		int menteesBefore, PathSummary path, List<Route> routes, List<Skipped> skipped) {

	/**
	 * An introducer at their quota left out of the routes to a mentor.
	 *
	 * @param pendingAsks how many asks wait for them
	 * @param reason the same words as a path answer's {@code skipped}, e.g. "3 asks
	 * waiting"
	 */
	public record Skipped(int pendingAsks, String reason) {

		static Skipped of(int pendingAsks) {
			return new Skipped(pendingAsks, Responsiveness.waitingReason(pendingAsks));
		}

	}

	/**
	 * One way to reach a mentor.
	 *
	 * @param kind {@code programme} or {@code network}
	 * @param programme the programme, for a programme route
	 * @param path the warmest path, for a network route
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Route(String kind, Programme programme, PathSummary path) {

		static Route programme(Programme programme) {
			return new Route("programme", programme, null);
		}

		static Route network(PathSummary path) {
			return new Route("network", null, path);
		}

	}

	/**
	 * A programme whose pool a mentor is in.
	 *
	 * @param id programme id
	 * @param name programme name
	 */
	public record Programme(String id, String name) {
	}

	/**
	 * The parts of the score, each in [0, 1] before weighting.
	 *
	 * @param fit specialty, region, skills and level fit
	 * @param reachability warmth of the warmest path, or the programme route's
	 * {@value MentorSearch#PROGRAMME_REACH} when larger (0 when unreachable)
	 * @param capacity share of capacity left
	 * @param experience mentees mentored before, saturating at five
	 */
	public record Parts(double fit, double reachability, double capacity, double experience) {
	}

	/**
	 * The parts of the fit.
	 *
	 * @param specialty 1 when the specialty matches
	 * @param region 1 when the region matches
	 * @param skills share of the wanted skills the mentor has
	 * @param level how well the seniority gap matches the level asked for
	 */
	public record Fit(double specialty, double region, double skills, double level) {
	}

	/**
	 * The warmest path to the mentor.
	 *
	 * @param people person ids from the mentee to the mentor
	 * @param hops number of ties
	 * @param warmth product of the strengths
	 */
	public record PathSummary(List<String> people, int hops, double warmth) {
	}

}
