package org.warmpath.ratelimits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per account for queries; failed sign-ins per user name and
 * address with a lockout that doubles, and per user name across addresses. In memory:
 * with several instances each enforces its own share, which bounds abuse without a shared
 * store.
 */
@Component
public class RateLimits {

	private final RateLimitProperties properties;

	private final Map<String, Bucket> queries = new ConcurrentHashMap<>();

	private final Map<String, Failures> logins = new ConcurrentHashMap<>();

	private final Map<String, Bucket> accountFailures = new ConcurrentHashMap<>();

	private final AtomicLong failuresSinceSweep = new AtomicLong();

	private static final int SWEEP_EVERY = 1024;

	private final LongSupplier clock;

	private final TimeMeter timeMeter;

	@Autowired
	RateLimits(RateLimitProperties properties) {
		this(properties, System::nanoTime);
	}

	/** With a clock of nanoseconds, for tests that let time pass. */
	RateLimits(RateLimitProperties properties, LongSupplier clock) {
		this.properties = properties;
		this.clock = clock;
		this.timeMeter = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.getAsLong();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}

		};
	}

	public RateLimitProperties properties() {
		return this.properties;
	}

	/**
	 * Takes one query token for the account.
	 * @return 0 when allowed, else seconds until the next token
	 */
	long tryQuery(String username) {
		return tryQuery(username, 1);
	}

	/**
	 * Takes {@code cost} query tokens for the account (an expensive query costs more than
	 * one), all or none.
	 * @return 0 when allowed, else seconds until enough tokens are back
	 */
	long tryQuery(String username, int cost) {
		Bucket bucket = this.queries.computeIfAbsent(username,
				u -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.properties.queriesPerMinute())
						.refillGreedy(this.properties.queriesPerMinute(), Duration.ofMinutes(1))
						.build())
					.build());
		return secondsToWait(bucket.tryConsumeAndReturnRemaining(Math.min(cost, this.properties.queriesPerMinute())));
	}

	/**
	 * Seconds until sign-in may be tried again for this user name from this address, or
	 * 0. A pair that has failed {@code loginFailures} times is refused for
	 * {@code loginLockout}, doubled for every further failure (up to
	 * {@code loginMaxLockout}). While the account as a whole has failed
	 * {@code loginAccountFailures} times within {@code loginLockout} (guessing spread
	 * over many addresses), one failure is enough: an address that has failed for it is
	 * refused, and an address that has not still gets its try, so the member with the
	 * right password is never locked out by strangers.
	 */
	long loginBlockedFor(String username, String address) {
		Failures pair = this.logins.get(key(username, address));
		if (pair == null) {
			return 0;
		}
		long now = this.clock.getAsLong();
		synchronized (pair) {
			int allowed = underAttack(username) ? 1 : this.properties.loginFailures();
			if (pair.count < allowed) {
				return 0;
			}
			long until = pair.last + lockoutNanos(pair.count - allowed);
			return (now >= until) ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(until - now) + 1);
		}
	}

	void loginFailed(String username, String address) {
		long now = this.clock.getAsLong();
		Failures pair = this.logins.computeIfAbsent(key(username, address), (k) -> new Failures());
		synchronized (pair) {
			pair.count++;
			pair.last = now;
		}
		this.accountFailures
			.computeIfAbsent(username,
					(u) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.properties.loginAccountFailures())
							.refillIntervally(this.properties.loginAccountFailures(), this.properties.loginLockout())
							.build())
						.withCustomTimePrecision(this.timeMeter)
						.build())
			.tryConsume(1);
		if (this.failuresSinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
			sweep(now);
		}
	}

	void loginSucceeded(String username, String address) {
		this.logins.remove(key(username, address));
	}

	private boolean underAttack(String username) {
		Bucket bucket = this.accountFailures.get(username);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	/** The lockout after {@code beyond} failures past the allowed ones. */
	private long lockoutNanos(int beyond) {
		long base = this.properties.loginLockout().toNanos();
		long max = this.properties.loginMaxLockout().toNanos();
		int shift = Math.min(beyond, 40);
		return (base > (max >> shift)) ? max : Math.min(max, base << shift);
	}

	/**
	 * Drops what no longer locks anything (failures older than the longest lockout), so
	 * guessing across many names and addresses cannot fill the memory for good.
	 */
	private void sweep(long now) {
		long horizon = this.properties.loginMaxLockout().toNanos();
		this.logins.values().removeIf((f) -> {
			synchronized (f) {
				return now - f.last > horizon;
			}
		});
		this.accountFailures.values().removeIf((b) -> b.getAvailableTokens() >= this.properties.loginAccountFailures());
	}

	private static String key(String username, String address) {
		return username + "\u0000" + address;
	}

	/** Failed sign-ins of one user name from one address, and when the last was. */
	private static final class Failures {

		int count;

		long last;

	}

	/** Forgets everything kept about an account (erasure). */
	public void forget(String username) {
		this.queries.remove(username);
		this.accountFailures.remove(username);
		this.logins.keySet().removeIf(k -> k.startsWith(username + "\u0000"));
	}

	/** Whether anything is kept about the account; for tests. */
	public boolean remembers(String username) {
		return this.queries.containsKey(username) || this.accountFailures.containsKey(username)
				|| this.logins.keySet().stream().anyMatch(k -> k.startsWith(username + "\u0000"));
	}

	private static long secondsToWait(ConsumptionProbe probe) {
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
	}

}
