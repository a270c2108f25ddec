package org.warmpath.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token that many requests present at once is read again by one of them before it
 * expires, while the others go on with the remembered answer; it is never read by all of
 * them at once (issue 13: 16 clients on one token made 16 token reads every five seconds,
 * a fifth of a loaded server's CPU).
 */
class AccessTokenRefreshTests {

	private static final long REMEMBER = AccessTokens.REMEMBER.toNanos();

	private static final int CLIENTS = 16;

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final AtomicInteger reads = new AtomicInteger();

	/** Held by a re-read until the other clients have their answers. */
	private volatile CountDownLatch othersAnswered = new CountDownLatch(0);

	private volatile RuntimeException failNextRead;

	private final AccessTokens tokens = new AccessTokens(null, this.clock::get) {

		@Override
		Outcome read(String hash) {
			RuntimeException fail = AccessTokenRefreshTests.this.failNextRead;
			AccessTokenRefreshTests.this.failNextRead = null;
			AccessTokenRefreshTests.this.reads.incrementAndGet();
			if (fail != null) {
				throw fail;
			}
			try {
				AccessTokenRefreshTests.this.othersAnswered.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			CurrentUser user = new CurrentUser("script", "", true, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")),
					"p1", List.of());
			return new Outcome(new AccessTokenAuthentication(user, "token-1"), null, null, null,
					Instant.now().plus(Duration.ofDays(1)));
		}

	};

	@Test
	void aTokenInUseIsReadAgainByOneRequestBeforeItExpiresAndNeverByAllAtOnce() throws Exception {
		assertThat(this.tokens.authenticate("secret").authentication()).isNotNull();
		assertThat(this.reads).hasValue(1);

		// early in its life: nobody reads
		this.clock.addAndGet(REMEMBER / 4);
		assertThat(allAtOnce()).hasValue(0);

		// past half its life: exactly one re-reads, and the others do not wait for it
		this.clock.addAndGet(REMEMBER / 2);
		assertThat(allAtOnce()).hasValue(1);

		// past the first read's lifetime: the re-read answer is still fresh
		this.clock.addAndGet(REMEMBER * 2 / 5);
		assertThat(allAtOnce()).hasValue(0);
	}

	@Test
	void anExpiredTokenIsReadAndAFailedReReadLetsTheNextRequestTry() {
		this.tokens.authenticate("secret");
		this.clock.addAndGet(REMEMBER * 3 / 4);
		this.failNextRead = new IllegalStateException("database down");
		assertThatThrownBy(() -> this.tokens.authenticate("secret")).hasMessage("database down");
		this.tokens.authenticate("secret");
		assertThat(this.reads).as("the next request re-reads after a failed one").hasValue(3);

		this.clock.addAndGet(REMEMBER);
		this.tokens.authenticate("secret");
		assertThat(this.reads).as("expired: read again").hasValue(4);
	}

	/**
	 * {@link #CLIENTS} requests with the token at once.
	 * @return how many of them read it
	 */
	private AtomicInteger allAtOnce() throws Exception {
		int before = this.reads.get();
		this.othersAnswered = new CountDownLatch(CLIENTS - 1);
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		AtomicInteger refused = new AtomicInteger();
		for (int i = 0; i < CLIENTS; i++) {
			Thread t = new Thread(() -> {
				try {
					start.await();
					if (this.tokens.authenticate("secret").authentication() == null) {
						refused.incrementAndGet();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					this.othersAnswered.countDown();
				}
			});
			t.start();
			threads.add(t);
		}
		start.countDown();
		for (Thread t : threads) {
			t.join(10_000);
		}
		assertThat(refused).hasValue(0);
		return new AtomicInteger(this.reads.get() - before);
	}

}
