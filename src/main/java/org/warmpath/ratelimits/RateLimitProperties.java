package org.warmpath.ratelimits;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on how hard one account may use the expensive queries, and on password guessing.
 *
 * @param queriesPerMinute path, mutual and mentor-recommendation queries one account may
 * run per minute
 * @param exemptRoles roles that are not limited (operators running checks and benchmarks)
 * @param loginFailures failed sign-ins per user name and address before sign-in is
 * refused
 * @param loginLockout how long the failures count, and how long sign-in stays refused
 */
@ConfigurationProperties("warmpath.rate-limit")
public record RateLimitProperties(@DefaultValue("60") int queriesPerMinute,
		@DefaultValue("ADMIN") List<String> exemptRoles, @DefaultValue("5") int loginFailures,
		@DefaultValue("15m") Duration loginLockout) {
}
