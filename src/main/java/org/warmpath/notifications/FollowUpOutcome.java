package org.warmpath.notifications;

import java.time.Instant;

/**
 * What a follow-up's answer recorded on the introduction.
 *
 * @param introductionId the introduction
 * @param outcome {@code mentoring-started}, {@code met} or {@code no-meeting}
 * @param outcomeAt when this outcome was first recorded
 */
public record FollowUpOutcome(String introductionId, String outcome, Instant outcomeAt) {
}
