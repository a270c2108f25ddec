package org.warmpath.outcomes;

import java.time.Instant;

/**
 * Published once an introduction's change has committed: a new request, an answer, a
 * completion, an expiry, a withdrawal, or a blind request moving on to the next person of
 * its route. Listeners run in the publishing thread, after the commit; what they keep is
 * rebuilt from Neo4j at start-up, so a lost event costs accuracy until then, never data.
 *
 * @param id the introduction
 * @param requester who asked (person id)
 * @param introducer who is asked now (person id); for a blind request that moved on, the
 * next person of its route
 * @param target whom the requester wants to meet (person id)
 * @param previous the status before the change, or {@code null} for a new request
 * @param status the status after it: REQUESTED, ACCEPTED, DECLINED, COMPLETED, EXPIRED or
 * WITHDRAWN
 * @param blind whether WarmPath routes the request on the requester's behalf
 * @param askedAt when {@code introducer} was asked ({@code requestedAt}, or a blind
 * request's {@code askedAt}), or null when not known; with {@code at}, how long an answer
 * took
 * @param at when the change happened, or null when not known
 */
public record IntroductionChanged(String id, String requester, String introducer, String target, String previous,
		String status, boolean blind, Instant askedAt, Instant at) {

	/**
	 * A change whose times are not known: it counts, but says nothing of how long an
	 * answer took.
	 */
	public IntroductionChanged(String id, String requester, String introducer, String target, String previous,
			String status, boolean blind) {
		this(id, requester, introducer, target, previous, status, blind, null, null);
	}

	/**
	 * Whether this change is an introducer's answer (accepted or declined) or the lack of
	 * one (expired): what an introducer's responsiveness is learned from.
	 * @return true for ACCEPTED, DECLINED and EXPIRED coming from REQUESTED
	 */
	public boolean answered() {
		return "REQUESTED".equals(this.previous)
				&& ("ACCEPTED".equals(this.status) || "DECLINED".equals(this.status) || "EXPIRED".equals(this.status));
	}

}
