package org.warmpath.paths;

import java.util.List;

import org.warmpath.ties.TieStrength;

import org.warmpath.people.PersonSummary;

/**
 * One chain of introductions, explained hop by hop.
 *
 * @param people person ids from the asker to the target
 * @param hops number of ties
 * @param warmth product of the strengths: the chance every introduction comes off
 * @param cost sum of -ln(strength); lower is warmer
 * @param steps each tie with who, how they know each other and since when
 * @param chance the chance that every introduction on it comes off: the warmth times the
 * responsiveness of each person in the middle (what the likeliest mode maximises)
 */
public record IntroductionPath(List<String> people, int hops, double warmth, double cost, List<Step> steps,
		double chance) {

	/**
	 * A path whose chance is its warmth (nobody in the middle, or responsiveness
	 * unknown).
	 * @param people person ids
	 * @param hops ties
	 * @param warmth product of strengths
	 * @param cost sum of -ln(strength)
	 * @param steps the hops
	 */
	public IntroductionPath(List<String> people, int hops, double warmth, double cost, List<Step> steps) {
		this(people, hops, warmth, cost, steps, warmth);
	}

	/**
	 * One hop.
	 *
	 * @param from who introduces
	 * @param to who is introduced to
	 * @param strength tie strength in (0, 1]
	 * @param context how they know each other
	 * @param since ISO date the tie began, when known
	 * @param strengthParts how the strength was computed, for a tie its people rated
	 * themselves (null for one whose strength an import, an introduction or an admin set,
	 * and for a tie the viewer may not see: its parts tell how they know each other)
	 * @param responsiveness the estimated chance that {@code from} passes the
	 * introduction on along this tie (see {@code outcomes.Responsiveness}); null on the
	 * first step, where {@code from} is the asker
	 * @param medianHoursToAnswer the median hours {@code from} took to answer their
	 * latest asks; null on the first step and for someone who never answered
	 */
	public record Step(PersonSummary from, PersonSummary to, double strength, String context, String since,
			TieStrength.Parts strengthParts, Double responsiveness, Double medianHoursToAnswer) {

		/**
		 * A hop without the time its introducer takes to answer.
		 * @param from who introduces
		 * @param to who is introduced to
		 * @param strength tie strength
		 * @param context how they know each other
		 * @param since since when
		 * @param strengthParts how the strength was computed
		 * @param responsiveness the chance {@code from} passes the introduction on
		 */
		public Step(PersonSummary from, PersonSummary to, double strength, String context, String since,
				TieStrength.Parts strengthParts, Double responsiveness) {
			this(from, to, strength, context, since, strengthParts, responsiveness, null);
		}

		/**
		 * A hop without the responsiveness of its introducer.
		 * @param from who introduces
		 * @param to who is introduced to
		 * @param strength tie strength
		 * @param context how they know each other
		 * @param since since when
		 * @param strengthParts how the strength was computed
		 */
		public Step(PersonSummary from, PersonSummary to, double strength, String context, String since,
				TieStrength.Parts strengthParts) {
			this(from, to, strength, context, since, strengthParts, null, null);
		}

		/**
		 * A hop without the parts of its strength.
		 * @param from who introduces
		 * @param to who is introduced to
		 * @param strength tie strength
		 * @param context how they know each other
		 * @param since since when
		 */
		public Step(PersonSummary from, PersonSummary to, double strength, String context, String since) {
			this(from, to, strength, context, since, null);
		}

	}

}
