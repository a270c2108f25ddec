package org.warmpath.mentorships;

/**
 * A mentoring relationship as the API shows it.
 *
 * @param mentor mentor's person id
 * @param mentee mentee's person id
 * @param status REQUESTED, EXPLORING, ACTIVE, DECLINED or ENDED
 * @param programme programme id, if any
 * @param since date it became active
 * @param until date it ended or was declined
 * @param requestedAt when the mentee asked
 * @param decidedAt when the mentor answered
 * @param need what the mentee asked for (an id of {@link Needs}), or null for requests
 * made without one
 * @param agreement what both agreed once active, or null until someone writes it
 */
public record Mentorship(String mentor, String mentee, String status, String programme, String since, String until,
		String requestedAt, String decidedAt, String need, Agreement agreement) {
}
