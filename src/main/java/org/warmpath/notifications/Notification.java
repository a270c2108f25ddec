package org.warmpath.notifications;

import java.time.Instant;

/**
 * One notification as its person sees it.
 *
 * @param id its id
 * @param kind {@code ask-waiting}, {@code accepted}, {@code declined}, {@code expiring},
 * {@code follow-up} or {@code offer-near-peer}
 * @param text what happened, in words (naming only people the reader may know of)
 * @param introductionId the introduction it is about, if any
 * @param mentorId the mentor, for {@code offer-near-peer}
 * @param menteeId the mentee, for {@code offer-near-peer}
 * @param createdAt when it was written
 * @param readAt when its person read it, or {@code null}
 * @param outcome for a follow-up, the answer recorded ({@code mentoring-started},
 * {@code met}, {@code no-meeting}), or {@code null}
 */
public record Notification(String id, String kind, String text, String introductionId, String mentorId, String menteeId,
		Instant createdAt, Instant readAt, String outcome) {
}
