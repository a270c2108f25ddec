package org.warmpath.projection;

/**
 * Published after a committed write that adds or changes people or ties, so the in-memory
 * projection rebuilds; the publisher waits for the rebuild, so every query after the
 * write sees it.
 *
 * @param what a short description for the log
 */
public record GraphChanged(String what) {

	/** The description of writes made by another instance, read from the change feed. */
	static final String ELSEWHERE = "written by another instance";

	/** As {@link #ELSEWHERE}, when those writes changed ties only. */
	static final String TIES_ELSEWHERE = "ties written by another instance";

	/**
	 * Descriptions of the writes that add or change KNOWS ties only (an admin's tie edit,
	 * a connections import, a completed introduction): no person's attributes changed.
	 */
	private static final java.util.Set<String> TIES_ONLY = java.util.Set.of("tie", "connections",
			"introduction completed", TIES_ELSEWHERE);

	/**
	 * Whether only ties changed, so caches of people's attributes (the mentor catalogue)
	 * stay valid; under a steady trickle of tie writes reloading them on every write was
	 * the load test's worst finding.
	 * @return true for a tie-only write
	 */
	public boolean tiesOnly() {
		return TIES_ONLY.contains(this.what);
	}

}
