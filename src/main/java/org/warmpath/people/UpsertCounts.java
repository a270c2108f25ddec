package org.warmpath.people;

import java.util.ArrayList;
import java.util.List;

/**
 * What one batch write did, row by row: the import pipeline adds these up into its
 * report.
 *
 * @param created rows that made something new
 * @param updated rows that changed something that existed
 * @param unchanged rows that matched what was stored, so nothing was written
 * @param consentKept ids of the people whose row asked for another
 * {@code openToIntroductions} than the one they set themselves, which was kept
 */
public record UpsertCounts(long created, long updated, long unchanged, List<String> consentKept) {

	/** Nothing written. */
	public static final UpsertCounts ZERO = new UpsertCounts(0, 0, 0);

	public UpsertCounts {
		consentKept = List.copyOf(consentKept);
	}

	/**
	 * Counts of a batch that kept nobody's consent.
	 * @param created rows that made something new
	 * @param updated rows that changed something that existed
	 * @param unchanged rows that matched what was stored
	 */
	public UpsertCounts(long created, long updated, long unchanged) {
		this(created, updated, unchanged, List.of());
	}

	/**
	 * Both added up.
	 * @param other the counts of another batch
	 * @return the sum
	 */
	public UpsertCounts plus(UpsertCounts other) {
		List<String> kept = this.consentKept;
		if (!other.consentKept.isEmpty()) {
			kept = new ArrayList<>(this.consentKept);
			kept.addAll(other.consentKept);
		}
		return new UpsertCounts(this.created + other.created, this.updated + other.updated,
				this.unchanged + other.unchanged, kept);
	}

	/**
	 * Whether the batch wrote anything.
	 * @return whether a row was created or updated
	 */
	public boolean wrote() {
		return this.created + this.updated > 0;
	}

}
