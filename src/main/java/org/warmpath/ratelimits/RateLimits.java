package org.warmpath.ratelimits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per account for queries and per user name and address for
 * failed sign-ins. In memory: with several instances each enforces its own share, which
 * bounds abuse without a shared store.
 */
@Component
public class RateLimits {

	private final RateLimitProperties properties;

	private final Map<String, Bucket> queries = new ConcurrentHashMap<>();

	private final Map<String, Bucket> logins = new ConcurrentHashMap<>();

	RateLimits(RateLimitProperties properties) {
		this.properties = properties;
	}

	public RateLimitProperties properties() {
		return this.properties;
	}

	/**
	 * Takes one query token for the account.
	 * @return 0 when allowed, else seconds until the next token
	 */
	long tryQuery(String username) {
		Bucket bucket = this.queries.computeIfAbsent(username,
				u -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.properties.queriesPerMinute())
						.refillGreedy(this.properties.queriesPerMinute(), Duration.ofMinutes(1))
						.build())
					.build());
		return secondsToWait(bucket.tryConsumeAndReturnRemaining(1));
	}

	/**
	 * Seconds until sign-in may be tried again for this user name from this address, or
	 * 0.
	 */
	long loginBlockedFor(String key) {
		Bucket bucket = this.logins.get(key);
		if (bucket == null) {
			return 0;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return (bucket.getAvailableTokens() > 0) ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
	}

	void loginFailed(String key) {
		this.logins
			.computeIfAbsent(key,
					k -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.properties.loginFailures())
							.refillIntervally(this.properties.loginFailures(), this.properties.loginLockout())
							.build())
						.build())
			.tryConsume(1);
	}

	void loginSucceeded(String key) {
		this.logins.remove(key);
	}

	/** Forgets everything kept about an account (erasure). */
	public void forget(String username) {
		this.queries.remove(username);
		this.logins.keySet().removeIf(k -> k.startsWith(username + "\u0000"));
	}

	/** Whether anything is kept about the account; for tests. */
	public boolean remembers(String username) {
		return this.queries.containsKey(username)
				|| this.logins.keySet().stream().anyMatch(k -> k.startsWith(username + "\u0000"));
	}

	private static long secondsToWait(ConsumptionProbe probe) {
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
	}

}
