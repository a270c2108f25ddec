package org.warmpath.projection;

/**
 * The part of a {@link KnowsGraph} that changes in place: each person's flags (open to
 * introductions, removed) and a dead bit per directed slot, with the lock and the version
 * every in-place change (the overlay's too) takes and bumps.
 *
 * <p>
 * Every change happens under a lock and bumps a volatile {@link #version}; it only flips
 * a byte or a bit in an {@code int} word, so concurrent readers see either the old or the
 * new state of each flag, never a torn structure. A reader that reads {@link #version}
 * before it starts sees every change that returned before that read.
 */
final class LiveState {

	final byte[] status;

	/**
	 * Whose connections are private; apart from {@link #status} because the search
	 * kernels compare status bytes whole.
	 */
	final boolean[] tiesPrivate;

	/**
	 * Dead directed slots, one bit each (int words: writes are atomic for racing
	 * readers).
	 */
	final int[] deadSlots;

	private final CsrStorage csr;

	/** Held by every change of the graph (also the overlay's, in {@link KnowsGraph}). */
	final Object lock = new Object();

	private volatile long version;

	private volatile int liveTies;

	private volatile int removedPeople;

	LiveState(CsrStorage csr, byte[] status, boolean[] tiesPrivate) {
		this.csr = csr;
		this.status = status;
		this.tiesPrivate = tiesPrivate;
		this.deadSlots = new int[(2 * csr.m + 31) >>> 5];
		this.liveTies = csr.m;
	}

	long version() {
		return this.version;
	}

	int liveTies() {
		return this.liveTies;
	}

	int removedPeople() {
		return this.removedPeople;
	}

	boolean isDead(int slot) {
		return (this.deadSlots[slot >>> 5] & (1 << slot)) != 0;
	}

	void setOpen(int idx, boolean open) {
		synchronized (this.lock) {
			byte s = this.status[idx];
			this.status[idx] = (byte) (open ? (s | KnowsGraph.OPEN) : (s & ~KnowsGraph.OPEN));
			this.version++;
		}
	}

	void setTiesPrivate(int idx, boolean tiesPrivate) {
		synchronized (this.lock) {
			this.tiesPrivate[idx] = tiesPrivate;
			this.version++;
		}
	}

	void removePerson(int idx) {
		synchronized (this.lock) {
			if ((this.status[idx] & KnowsGraph.REMOVED) == 0) {
				this.status[idx] |= KnowsGraph.REMOVED;
				this.removedPeople++;
			}
			this.version++;
		}
	}

	/** Bumps the version after a change made under {@link #lock}. */
	void bump() {
		this.version++;
	}

	/** A removed person comes back (their old ties stay dead); under {@link #lock}. */
	void restorePerson(int idx) {
		this.status[idx] &= ~KnowsGraph.REMOVED;
		this.removedPeople--;
	}

	/** Clears the dead bits of a base tie's two slots (re-added); under {@link #lock}. */
	void revive(int sa, int sb) {
		if (isDead(sa)) {
			this.deadSlots[sa >>> 5] &= ~(1 << sa);
			this.deadSlots[sb >>> 5] &= ~(1 << sb);
			this.liveTies++;
		}
	}

	/** A tie was added to the overlay; under {@link #lock}. */
	void addLiveTie() {
		this.liveTies++;
	}

	/** An overlay tie was removed; under {@link #lock}. */
	void removeLiveTie() {
		this.liveTies--;
	}

	boolean removeTie(int a, int b) {
		synchronized (this.lock) {
			int sa = this.csr.slotOf(a, b);
			int sb = this.csr.slotOf(b, a);
			if (sa < 0 || sb < 0 || isDead(sa)) {
				return false;
			}
			this.deadSlots[sa >>> 5] |= 1 << sa;
			this.deadSlots[sb >>> 5] |= 1 << sb;
			this.liveTies--;
			this.version++;
			return true;
		}
	}

}
