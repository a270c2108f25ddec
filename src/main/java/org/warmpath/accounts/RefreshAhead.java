package org.warmpath.accounts;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When a remembered sign-in answer (a token's account, whether an account is enabled) is
 * read again. Past half its lifetime, the first request that sees it re-reads it while
 * the others keep using it, so a remembered answer that is in use is renewed by one read
 * before it expires. Without this, every request that arrived while the answer had just
 * expired read it at once: 16 clients on one token made 16 reads of the token and 16 of
 * the account each time, which put a fifth of a loaded server's CPU into the embedded
 * database's Bolt threads (docs/benchmarks.md, issue 13). Nothing is served past its
 * lifetime: an answer that has expired (nobody used it in its second half, or the re-read
 * is still running) is read by whoever needs it, as before.
 */
final class RefreshAhead {

	private final AtomicBoolean claimed = new AtomicBoolean();

	/**
	 * Whether the caller may use the remembered answer rather than read it again.
	 * @param ageNanos how long ago the answer was read
	 * @param lifetimeNanos how long it may be used
	 * @return {@code false} when the caller must read: the answer has expired, or it is
	 * past half its lifetime and this caller is the first to see that
	 */
	boolean useRemembered(long ageNanos, long lifetimeNanos) {
		if (ageNanos < 0 || ageNanos >= lifetimeNanos) {
			return false;
		}
		return ageNanos < lifetimeNanos / 2 || !this.claimed.compareAndSet(false, true);
	}

	/** Lets another caller re-read, after the re-read this one claimed failed. */
	void release() {
		this.claimed.set(false);
	}

}
