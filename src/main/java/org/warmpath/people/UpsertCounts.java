package org.warmpath.people;

/**
 * What one batch write did, row by row: the import pipeline adds these up into its
 * report.
 *
 * @param created rows that made something new
 * @param updated rows that changed something that existed
 * @param unchanged rows that matched what was stored, so nothing was written
 */
public record UpsertCounts(long created, long updated, long unchanged) {

	/** Nothing written. */
	public static final UpsertCounts ZERO = new UpsertCounts(0, 0, 0);

	/**
	 * Both added up.
	 * @param other the counts of another batch
	 * @return the sum
	 */
	public UpsertCounts plus(UpsertCounts other) {
		return new UpsertCounts(this.created + other.created, this.updated + other.updated,
				this.unchanged + other.unchanged);
	}

	/**
	 * Whether the batch wrote anything.
	 * @return whether a row was created or updated
	 */
	public boolean wrote() {
		return this.created + this.updated > 0;
	}

}
