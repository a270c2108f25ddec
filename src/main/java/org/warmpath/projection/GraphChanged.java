package org.warmpath.projection;

import java.util.List;

/**
 * Published after a committed write that adds or changes people or ties. The projection
 * applies {@link #changes()} in place, in the publisher's thread, before the write
 * answers; an event without changes (a bulk import) asks for a projection re-read from
 * Neo4j instead, which the publisher waits for. Either way every query after the write
 * sees it.
 *
 * @param what a short description for the log
 * @param changes what changed, in full; null to re-read the whole projection
 */
public record GraphChanged(String what, List<ChangeLog.Change> changes) {

	/** The description of writes made by another instance, read from the change feed. */
	static final String ELSEWHERE = "written by another instance";

	/** As {@link #ELSEWHERE}, when those writes changed ties only. */
	static final String TIES_ELSEWHERE = "ties written by another instance";

	/**
	 * Descriptions of the re-reads after writes that add or change KNOWS ties only (a
	 * connections import): no person's attributes changed.
	 */
	private static final java.util.Set<String> TIES_ONLY = java.util.Set.of("tie", "connections",
			"introduction completed", TIES_ELSEWHERE);

	/**
	 * A write that needs the projection re-read from Neo4j (a bulk import).
	 * @param what a short description for the log
	 */
	public GraphChanged(String what) {
		this(what, null);
	}

	/**
	 * Whether the projection must be re-read from Neo4j rather than changed in place.
	 * @return true for a re-read
	 */
	public boolean reload() {
		return this.changes == null || this.changes.stream().anyMatch(ChangeLog.Change::needsReload);
	}

	/**
	 * Whether only ties changed, so caches of people's attributes (the mentor catalogue)
	 * stay valid; under a steady trickle of tie writes reloading them on every write was
	 * the load test's worst finding.
	 * @return true for a tie-only write
	 */
	public boolean tiesOnly() {
		if (this.changes == null) {
			return TIES_ONLY.contains(this.what);
		}
		return this.changes.stream().allMatch(ChangeLog.Change::tiesOnly);
	}

}
