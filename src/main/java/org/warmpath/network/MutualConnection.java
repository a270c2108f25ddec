package org.warmpath.network;

import java.util.List;

import org.warmpath.ties.TieStrength;

/**
 * Someone who knows both the asker and the target, and so can introduce them.
 *
 * @param person who they are
 * @param strengthToPerson strength of their tie to the asker
 * @param strengthToTarget strength of their tie to the target
 * @param contexts how they know each side (asker first, then target)
 * @param strengthParts how each of the two strengths was computed (asker first, then
 * target), an entry null for a tie whose strength was set rather than rated by its people
 * @param responsiveness the estimated chance they pass an introduction on (Beta(2, 2)
 * posterior mean of their acceptances; 0.5 for someone never asked)
 * @param accepted requests they accepted so far
 * @param asked requests they answered or let expire so far (accepted, declined, expired)
 * @param pendingAsks introduction requests waiting for their answer now
 * @param atQuota whether they have as many asks waiting as the quota allows: asking them
 * now would be refused, so they are listed last
 * @param chance the chance the introduction through them comes off: both strengths times
 * their responsiveness, what the list is ranked by
 * @param medianHoursToAnswer the median hours they took to answer their latest asks (an
 * expiry counting as the whole expiry time); null when they never answered
 */
public record MutualConnection(Person person, double strengthToPerson, double strengthToTarget, List<String> contexts,
		List<TieStrength.Parts> strengthParts, double responsiveness, int accepted, int asked, int pendingAsks,
		boolean atQuota, double chance, Double medianHoursToAnswer) {

	/**
	 * The mutual connection's card.
	 *
	 * @param id person id
	 * @param name display name
	 * @param headline one line about them
	 */
	public record Person(String id, String name, String headline) {
	}

}
