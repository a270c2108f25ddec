package org.warmpath.projection;

/**
 * The part of a {@link KnowsGraph} that changes in place: each person's flags (open to
 * introductions, removed) and the removal of base ties (their slots' cost code set to 0,
 * {@link CostCodes}), with the lock and the version every in-place change (the overlay's
 * and a re-rating's too) takes and bumps.
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
		return this.csr.code[slot] == 0;
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

	/**
	 * Sets the code of a base tie's two slots (re-rated, or re-added when removed); under
	 * {@link #lock}.
	 */
	void rate(int sa, int sb, char code) {
		if (isDead(sa)) {
			this.liveTies++;
		}
		this.csr.code[sa] = code;
		this.csr.code[sb] = code;
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
			this.csr.code[sa] = 0;
			this.csr.code[sb] = 0;
			this.liveTies--;
			this.version++;
			return true;
		}
	}

}
