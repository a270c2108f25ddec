package org.warmpath.mentorships;

import java.util.List;

import org.warmpath.paths.IntroductionPath;

/**
 * One member's mentoring at a glance ({@code GET /api/me/mentoring}): as a mentor, the
 * requests waiting with how each mentee reaches them and who introduced them, the
 * conversations being explored, the active mentees with their agreements; as a mentee,
 * their mentors (one per need) and their open requests.
 *
 * @param asMentor the mentor's desk
 * @param asMentee the mentee's side
 */
public record Desk(AsMentor asMentor, AsMentee asMentee) {

	/**
	 * The mentor's desk.
	 *
	 * @param capacity most active mentees at once (unchanged by a pause)
	 * @param available false while the mentor has paused new requests
	 * @param active active mentees
	 * @param pending requests not answered yet
	 * @param exploring requests answered with an exploratory conversation
	 * @param past declined and ended relationships
	 */
	public record AsMentor(int capacity, boolean available, List<ActiveMentorship> active, List<PendingRequest> pending,
			List<PendingRequest> exploring, List<PastMentorship> past) {
	}

	/**
	 * The mentee's side.
	 *
	 * @param mentors active mentors, each for their need
	 * @param pending requests not answered yet or being explored
	 * @param past declined and ended relationships
	 */
	public record AsMentee(List<ActiveMentorship> mentors, List<PendingRequest> pending, List<PastMentorship> past) {
	}

	/**
	 * A person as the desk shows them.
	 *
	 * @param id person id
	 * @param name name
	 * @param headline headline
	 * @param grade grade
	 */
	public record MentoringPerson(String id, String name, String headline, String grade) {
	}

	/**
	 * An active mentorship.
	 *
	 * @param person the other side
	 * @param need what it is for, or null
	 * @param since date it became active
	 * @param agreement what both agreed, or null
	 */
	public record ActiveMentorship(MentoringPerson person, String need, String since, Agreement agreement) {
	}

	/**
	 * An open request.
	 *
	 * @param person the other side
	 * @param need what it is for, or null
	 * @param status REQUESTED or EXPLORING
	 * @param message the mentee's note
	 * @param requestedAt when the mentee asked
	 * @param path the warmest route from the mentee to the mentor as the mentor may see
	 * it (mentor's desk only), or null when there is none within four ties
	 * @param introducedBy the accepted or completed introduction of the mentee to the
	 * mentor, or null
	 */
	public record PendingRequest(MentoringPerson person, String need, String status, String message, String requestedAt,
			IntroductionPath path, IntroducedBy introducedBy) {
	}

	/**
	 * The introduction that led to a request.
	 *
	 * @param id introduction id
	 * @param introducer who introduced the mentee to the mentor
	 */
	public record IntroducedBy(String id, MentoringPerson introducer) {
	}

	/**
	 * A relationship that ended or was declined.
	 *
	 * @param person the other side
	 * @param need what it was for, or null
	 * @param status DECLINED or ENDED
	 * @param since date it became active, if it did
	 * @param until date it ended or was declined
	 */
	public record PastMentorship(MentoringPerson person, String need, String status, String since, String until) {
	}

}
