package org.warmpath.analytics;

/**
 * One kind of analytics result, remembered for the graph version it was computed on, so a
 * cached answer comes back with its own type and is never served for another version.
 *
 * @param <T> the result's type
 */
final class PerVersion<T> {

	private record Entry<T>(long version, T value) {
	}

	private volatile Entry<T> entry;

	/** The result computed on this version, or null. */
	T get(long version) {
		Entry<T> e = this.entry;
		return (e != null && e.version() == version) ? e.value() : null;
	}

	void put(long version, T value) {
		this.entry = new Entry<>(version, value);
	}

	/** Whether it holds a result computed on a version up to {@code version}. */
	boolean holdsUpTo(long version) {
		Entry<T> e = this.entry;
		return e != null && e.version() <= version;
	}

	/** Lets go of the result, whatever its version. */
	void clear() {
		this.entry = null;
	}

	/** Lets go of a result of another version (the memory it holds can be large). */
	void forgetUnless(long version) {
		Entry<T> e = this.entry;
		if (e != null && e.version() != version) {
			this.entry = null;
		}
	}

}
