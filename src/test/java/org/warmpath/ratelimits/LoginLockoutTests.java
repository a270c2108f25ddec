package org.warmpath.ratelimits;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in lockout's arithmetic, on a clock the test moves. */
class LoginLockoutTests {

	final AtomicLong now = new AtomicLong(1_000_000_000L);

	final RateLimits limits = new RateLimits(
			new RateLimitProperties(60, List.of("ADMIN"), 3, Duration.ofMinutes(1), Duration.ofMinutes(10), 50),
			this.now::get);

	void pass(Duration d) {
		this.now.addAndGet(d.toNanos());
	}

	@Test
	void theLockoutDoublesWithEveryFurtherFailureUpToTheMaximum() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.loginBlockedFor("m", "A")).isZero();
			this.limits.loginFailed("m", "A");
		}
		assertThat(this.limits.loginBlockedFor("m", "A")).isBetween(59L, 61L);
		assertThat(this.limits.loginBlockedFor("m", "B")).isZero();
		pass(Duration.ofSeconds(61));
		assertThat(this.limits.loginBlockedFor("m", "A")).isZero();
		this.limits.loginFailed("m", "A");
		assertThat(this.limits.loginBlockedFor("m", "A")).isBetween(119L, 121L);
		pass(Duration.ofSeconds(121));
		this.limits.loginFailed("m", "A");
		assertThat(this.limits.loginBlockedFor("m", "A")).isBetween(239L, 241L);
		for (int i = 0; i < 5; i++) {
			pass(Duration.ofMinutes(11));
			this.limits.loginFailed("m", "A");
		}
		assertThat(this.limits.loginBlockedFor("m", "A")).isBetween(599L, 601L);
		// the right password from there ends it
		pass(Duration.ofMinutes(11));
		this.limits.loginSucceeded("m", "A");
		this.limits.loginFailed("m", "A");
		assertThat(this.limits.loginBlockedFor("m", "A")).isZero();
	}

}
