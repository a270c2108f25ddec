package org.warmpath.projection;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The lane a thread computes in: while the web's run queue lets a request compute, the
 * request holds one of a few numbered lanes (as many as requests may compute at once),
 * and the search kernels keep their working memory per lane instead of per thread.
 *
 * <p>
 * Why: a kernel's scratch is epoch-stamped arrays sized to the graph (about 80 bytes per
 * person for paths and the mentor ranking together, 8 MB at 100k people). Per thread,
 * each of Tomcat's request threads held its own: with a thread per kept-alive client that
 * was memory growing with the clients, and each search touched arrays no search had
 * touched since dozens of others ran, cold in every cache. Per lane there are only as
 * many as may compute at once, and a freed lane is handed to the next request straight
 * away, still warm. Outside a lane (analytics jobs, the command line, tests, benchmarks)
 * a thread keeps its own, as before.
 *
 * <p>
 * A lane is held by one thread at a time and handed over through the run queue's lock, so
 * whatever one request left in a lane's scratch is visible to the next.
 */
public final class Lanes {

	private static final ThreadLocal<int[]> CURRENT = ThreadLocal.withInitial(() -> new int[] { -1 });

	private Lanes() {
	}

	/**
	 * Marks the calling thread as computing in {@code lane} until {@link #leave()}.
	 * @param lane the lane, from 0
	 */
	public static void enter(int lane) {
		CURRENT.get()[0] = lane;
	}

	/** The calling thread no longer computes in a lane. */
	public static void leave() {
		CURRENT.get()[0] = -1;
	}

	/** The calling thread's lane, -1 outside one. */
	public static int current() {
		return CURRENT.get()[0];
	}

	/**
	 * One value per lane, and per thread outside lanes.
	 *
	 * @param <T> the value's type
	 */
	public static final class Local<T> {

		private final ThreadLocal<T> perThread = new ThreadLocal<>();

		private final Supplier<T> initial;

		private volatile Object[] perLane = new Object[0];

		/**
		 * @param initial makes a lane's or a thread's value on first use; null: none, get
		 * gives null
		 */
		public Local(Supplier<T> initial) {
			this.initial = initial;
		}

		/** The value of the calling thread's lane (or of the thread, outside lanes). */
		@SuppressWarnings("unchecked")
		public T get() {
			int lane = current();
			T value;
			if (lane < 0) {
				value = this.perThread.get();
			}
			else {
				Object[] held = this.perLane;
				value = (lane < held.length) ? (T) held[lane] : null;
			}
			if (value == null && this.initial != null) {
				value = this.initial.get();
				set(value);
			}
			return value;
		}

		/**
		 * Replaces the value of the calling thread's lane (or of the thread).
		 * @param value the new value
		 */
		public void set(T value) {
			int lane = current();
			if (lane < 0) {
				this.perThread.set(value);
				return;
			}
			synchronized (this) {
				Object[] held = this.perLane;
				Object[] next = Arrays.copyOf(held, Math.max(held.length, lane + 1));
				next[lane] = value;
				this.perLane = next;
			}
		}

	}

}
