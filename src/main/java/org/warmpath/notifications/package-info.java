/**
 * In-app notifications and their e-mail: an ask waiting for me, accepted, declined, a
 * request about to expire, a follow-up two weeks after an introduction completed (whose
 * answer becomes the introduction's outcome), and an invitation to a mentee a year into
 * mentoring to offer near-peer mentoring. Immediate ones are written by a listener on
 * {@link org.warmpath.outcomes.IntroductionChanged}; time-based ones by a scheduled job
 * with bounded queries. Each is one {@code Notification} node whose unique key makes the
 * same event never notify twice. A person's erasure removes theirs and those that name
 * them.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "accounts", "cypher", "introductions", "outcomes", "people", "problems" })
package org.warmpath.notifications;

import org.springframework.modulith.ApplicationModule;
