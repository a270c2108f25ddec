package org.warmpath.ties;

import java.util.List;

/**
 * One of my ties as {@code GET /api/me/connections} shows it: both sides (the other's is
 * shown to me because it is about our tie), who confirmed, the strength and how it was
 * computed.
 *
 * @param person the other person
 * @param mine my side, or null when I have not rated the tie
 * @param theirs their side, or null when they have not rated it
 * @param confirmedBy the ids of the people who vouched for the tie (one, both or none for
 * an imported tie)
 * @param confirmedAt when both sides had vouched, or null
 * @param strength the tie's strength now
 * @param strengthParts how the strength was computed, or null for a strength that an
 * import, an introduction or an admin set (see {@code source})
 * @param source where the tie came from (vouched, import, linkedin, demo, api,
 * introduction)
 * @param context how they know each other, in a word
 * @param since since when (ISO date), or null
 */
public record MyTie(PersonRef person, Side mine, Side theirs, List<String> confirmedBy, String confirmedAt,
		double strength, TieStrength.Parts strengthParts, String source, String context, String since) {

	/**
	 * A person named in a tie.
	 *
	 * @param id the person's id
	 * @param name their name
	 */
	public record PersonRef(String id, String name) {

	}

	/**
	 * A side waiting for an answer: mine awaiting theirs ({@code GET /api/me/connections}
	 * {@code pending}), or theirs awaiting mine
	 * ({@code GET /api/me/connections/requests}).
	 *
	 * @param person the other person
	 * @param side the side written so far
	 * @param at when it was last written
	 */
	public record Waiting(PersonRef person, Side side, String at) {

	}

	/**
	 * {@code GET /api/me/connections}.
	 *
	 * @param connections my ties, warmest first, at most {@code limit}
	 * @param total how many ties I have
	 * @param pending the sides I wrote that the other has not answered
	 */
	public record Listing(List<MyTie> connections, long total, List<Waiting> pending) {

	}

	/**
	 * The answer to {@code PUT /api/me/connections/{otherId}}.
	 *
	 * @param status {@code pending} until the other vouches (or an existing tie is
	 * re-rated), then {@code confirmed}
	 * @param person the other person
	 * @param mine my side as stored
	 * @param strength the tie's strength, null while pending
	 * @param strengthParts how it was computed, null while pending
	 */
	public record Saved(String status, PersonRef person, Side mine, Double strength, TieStrength.Parts strengthParts) {

	}

}
