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
 * @param loginLockout how long sign-in stays refused for a user name and address after
 * {@code loginFailures} failures; each further failure doubles it
 * @param loginMaxLockout the longest such lockout
 * @param loginAccountFailures failed sign-ins for one user name from all addresses within
 * {@code loginLockout} after which an address that has failed for it is refused at once
 * (an address that has not keeps its try, so the member is never locked out)
 */
@ConfigurationProperties("warmpath.rate-limit")
public record RateLimitProperties(@DefaultValue("60") int queriesPerMinute,
		@DefaultValue("ADMIN") List<String> exemptRoles, @DefaultValue("5") int loginFailures,
		@DefaultValue("15m") Duration loginLockout, @DefaultValue("24h") Duration loginMaxLockout,
		@DefaultValue("20") int loginAccountFailures) {
}
