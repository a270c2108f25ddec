package org.warmpath.introductions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Quotas and timing of introduction requests.
 *
 * @param maxPendingPerRequester most unanswered ({@code REQUESTED}) requests one person
 * may have open
 * @param maxPendingPerIntroducer most unanswered requests one introducer may be asked at
 * once
 * @param expireAfter a request nobody answers within this time expires
 * @param expiryInterval how often the expiry job runs
 * @param tieStrength strength of the KNOWS tie a completed introduction creates
 */
@ConfigurationProperties("warmpath.introductions")
public record IntroductionProperties(@DefaultValue("5") int maxPendingPerRequester,
		@DefaultValue("3") int maxPendingPerIntroducer, @DefaultValue("14d") Duration expireAfter,
		@DefaultValue("15m") Duration expiryInterval, @DefaultValue("0.3") double tieStrength) {

	public IntroductionProperties {
		if (maxPendingPerRequester < 1 || maxPendingPerIntroducer < 1) {
			throw new IllegalArgumentException("introduction quotas must be at least 1");
		}
		if (!(tieStrength > 0 && tieStrength <= 1)) {
			throw new IllegalArgumentException("warmpath.introductions.tie-strength must be in (0, 1]");
		}
		if (expireAfter.isNegative() || expireAfter.isZero() || expiryInterval.isNegative()
				|| expiryInterval.isZero()) {
			throw new IllegalArgumentException("introduction expiry durations must be positive");
		}
	}

}
