package org.warmpath.analytics;

/**
 * Lets a long computation say how far it has got, so a job can show a percentage; the
 * algorithms call it from their worker threads.
 */
@FunctionalInterface
public interface Progress {

	/** Ignores every report. */
	Progress NONE = (fraction) -> {
	};

	/**
	 * @param fraction share of the work done, 0..1
	 */
	void report(double fraction);

}
