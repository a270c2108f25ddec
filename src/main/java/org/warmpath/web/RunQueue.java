package org.warmpath.web;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most {@code permits} holders at once; the others wait in one first-in-first-out
 * queue per priority class, and a freed permit goes to the head of the most urgent
 * non-empty class, unless a less urgent head has waited longer than {@code aging} (then
 * the longest-waiting such head goes first, so no class starves while others keep
 * arriving). The least urgent class may hold at most all permits but one (when there are
 * two or more), so however many slow requests arrive, one permit stays for the cheap
 * ones.
 *
 * <p>
 * Why not a {@link java.util.concurrent.Semaphore}: it is one queue for all. The point of
 * this one is the order: a cheap request (a path, a tie write) that arrives while
 * expensive ones (a mentor ranking) wait is run before them, so its answer does not queue
 * behind the expensive ones' (shortest-job-first by class).
 *
 * <p>
 * Cost: entering while a permit is free and nobody waits is one uncontended lock; a
 * hand-over is a lock, a queue operation and an unpark. A permit is handed to the next
 * waiter directly (the number running never dips), so a request arriving at that moment
 * cannot jump the queue; and with it its lane ({@link org.warmpath.projection.Lanes}),
 * the number that keys the search kernels' scratch, so the next request finds it warm.
 */
final class RunQueue {

	private final ReentrantLock lock = new ReentrantLock();

	private final ArrayDeque<Waiter>[] classes;

	private final int permits;

	private final long agingNanos;

	private int waiting;

	/** Permits held per class. */
	private final int[] holding;

	/** Most permits a class may hold: all, but one fewer for the least urgent class. */
	private final int[] limit;

	/**
	 * Free lanes, the most recently freed on top (its scratch the warmest); the permits
	 * held are the lanes not here.
	 */
	private final int[] freeLanes;

	private int freeCount;

	/**
	 * @param permits how many hold a permit at once
	 * @param classes number of priority classes, 0 the most urgent
	 * @param agingNanos how long a waiter of a less urgent class may be passed over
	 */
	@SuppressWarnings("unchecked")
	RunQueue(int permits, int classes, long agingNanos) {
		if (permits < 1 || classes < 1) {
			throw new IllegalArgumentException("permits and classes must be at least 1");
		}
		this.permits = permits;
		this.agingNanos = agingNanos;
		this.freeLanes = new int[permits];
		for (int i = 0; i < permits; i++) {
			this.freeLanes[i] = permits - 1 - i;
		}
		this.freeCount = permits;
		this.classes = new ArrayDeque[classes];
		this.holding = new int[classes];
		this.limit = new int[classes];
		for (int i = 0; i < classes; i++) {
			this.classes[i] = new ArrayDeque<>();
			this.limit[i] = permits;
		}
		if (classes > 1) {
			this.limit[classes - 1] = Math.max(1, permits - 1);
		}
	}

	/**
	 * Waits for a permit; the caller must {@link #leave(int)} once done. An interrupt
	 * while waiting does not abandon the wait (the permit is on its way or will be); the
	 * thread's interrupt status is restored once it holds the permit.
	 * @param priority the caller's class, 0 the most urgent
	 * @return the permit's lane, from 0 to permits - 1: no two holders have the same
	 */
	int enter(int priority) {
		Waiter me;
		this.lock.lock();
		try {
			// while a permit is free, every class still waiting is at its limit, so a
			// class below its own goes ahead of none
			if (this.freeCount > 0 && this.holding[priority] < this.limit[priority]) {
				this.holding[priority]++;
				return this.freeLanes[--this.freeCount];
			}
			me = new Waiter(Thread.currentThread(), priority, System.nanoTime());
			this.classes[priority].addLast(me);
			this.waiting++;
		}
		finally {
			this.lock.unlock();
		}
		boolean interrupted = false;
		while (!me.admitted) {
			LockSupport.park(this);
			interrupted |= Thread.interrupted();
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return me.lane;
	}

	/**
	 * Gives the permit back, or straight to the next waiter with its lane.
	 * @param priority the class the permit was taken for
	 * @param lane the lane {@link #enter} gave
	 */
	void leave(int priority, int lane) {
		Waiter next;
		this.lock.lock();
		try {
			this.holding[priority]--;
			next = (this.waiting > 0) ? next(System.nanoTime()) : null;
			if (next == null) {
				this.freeLanes[this.freeCount++] = lane;
				return;
			}
			this.waiting--;
			this.holding[next.priority]++;
			next.lane = lane;
			next.admitted = true;
		}
		finally {
			this.lock.unlock();
		}
		LockSupport.unpark(next.thread);
	}

	/** How many hold a permit now. */
	int running() {
		this.lock.lock();
		try {
			return this.permits - this.freeCount;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** How many wait for one. */
	int waiting() {
		this.lock.lock();
		try {
			return this.waiting;
		}
		finally {
			this.lock.unlock();
		}
	}

	private Waiter next(long now) {
		Waiter oldestAged = null;
		int oldestClass = -1;
		int first = -1;
		for (int c = 0; c < this.classes.length; c++) {
			Waiter head = this.classes[c].peekFirst();
			if (head == null || this.holding[c] >= this.limit[c]) {
				continue;
			}
			if (first < 0) {
				first = c;
			}
			else if (now - head.since > this.agingNanos && (oldestAged == null || head.since - oldestAged.since < 0)) {
				oldestAged = head;
				oldestClass = c;
			}
		}
		if (oldestAged != null && oldestAged.since - this.classes[first].peekFirst().since < 0) {
			return this.classes[oldestClass].pollFirst();
		}
		return (first < 0) ? null : this.classes[first].pollFirst();
	}

	private static final class Waiter {

		final Thread thread;

		final int priority;

		final long since;

		/** Written before {@link #admitted}, read after it. */
		int lane = -1;

		volatile boolean admitted;

		Waiter(Thread thread, int priority, long since) {
			this.thread = thread;
			this.priority = priority;
			this.since = since;
		}

	}

}
