package org.warmpath.notifications;

/**
 * The answer to a follow-up: did the requester meet the person they were introduced to,
 * and did mentoring start.
 *
 * @param met whether they met (required)
 * @param mentoringStarted whether mentoring started (absent: false); only after meeting
 */
public record FollowUpAnswer(Boolean met, Boolean mentoringStarted) {
}
