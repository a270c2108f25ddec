package org.warmpath.people;

import java.util.ArrayList;
import java.util.List;

import org.warmpath.projection.ChangeLog;

/**
 * What one batch write did, row by row: the import pipeline adds these up into its
 * report.
 *
 * @param created rows that made something new
 * @param updated rows that changed something that existed
 * @param unchanged rows that matched what was stored, so nothing was written
 * @param consentKept ids of the people whose row asked for another
 * {@code openToIntroductions} than the one they set themselves, which was kept
 * @param changes what the batch changed, in full, for the projection to apply in place
 * (see {@link org.warmpath.projection.GraphChanged}); null when it only knows that
 * something changed (a large batch), so the projection is re-read
 * @param keptRemoved tie rows not written because one of the tie's people had removed
 * that tie (a tie a member removed stays removed when the same file is imported again)
 * @param unknown ids that rows named and the graph does not have, when the write looked
 * them up itself ({@link People#importTies(List, String, TieImport)}); the rows that name
 * them were not written, and the import rejects them
 */
public record UpsertCounts(long created, long updated, long unchanged, List<String> consentKept,
		List<ChangeLog.Change> changes, long keptRemoved, List<String> unknown) {

	/** Nothing written. */
	public static final UpsertCounts ZERO = new UpsertCounts(0, 0, 0, List.of(), List.of());

	public UpsertCounts {
		consentKept = List.copyOf(consentKept);
		changes = (changes != null) ? List.copyOf(changes) : null;
		unknown = List.copyOf(unknown);
	}

	/**
	 * Counts of a batch whose people were all known (or checked before it was written).
	 * @param created rows that made something new
	 * @param updated rows that changed something that existed
	 * @param unchanged rows that matched what was stored
	 * @param consentKept ids of the people whose consent was kept
	 * @param changes what the batch changed, in full, or null
	 * @param keptRemoved tie rows not written because the tie was removed
	 */
	public UpsertCounts(long created, long updated, long unchanged, List<String> consentKept,
			List<ChangeLog.Change> changes, long keptRemoved) {
		this(created, updated, unchanged, consentKept, changes, keptRemoved, List.of());
	}

	/**
	 * Counts of a batch that kept no removed tie out.
	 * @param created rows that made something new
	 * @param updated rows that changed something that existed
	 * @param unchanged rows that matched what was stored
	 * @param consentKept ids of the people whose consent was kept
	 * @param changes what the batch changed, in full, or null
	 */
	public UpsertCounts(long created, long updated, long unchanged, List<String> consentKept,
			List<ChangeLog.Change> changes) {
		this(created, updated, unchanged, consentKept, changes, 0);
	}

	/**
	 * Counts of a batch whose changes are not known in full.
	 * @param created rows that made something new
	 * @param updated rows that changed something that existed
	 * @param unchanged rows that matched what was stored
	 * @param consentKept ids of the people whose consent was kept
	 */
	public UpsertCounts(long created, long updated, long unchanged, List<String> consentKept) {
		this(created, updated, unchanged, consentKept, null);
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
		List<ChangeLog.Change> all = null;
		if (this.changes != null && other.changes != null) {
			all = new ArrayList<>(this.changes);
			all.addAll(other.changes);
		}
		List<String> unknownOfBoth = this.unknown;
		if (!other.unknown.isEmpty()) {
			unknownOfBoth = new ArrayList<>(this.unknown);
			unknownOfBoth.addAll(other.unknown);
		}
		return new UpsertCounts(this.created + other.created, this.updated + other.updated,
				this.unchanged + other.unchanged, kept, all, this.keptRemoved + other.keptRemoved, unknownOfBoth);
	}

	/**
	 * These counts, naming the people the batch's rows named and the graph lacks.
	 * @param ids the unknown ids
	 * @return the counts with {@code unknown} set
	 */
	public UpsertCounts withUnknown(List<String> ids) {
		return new UpsertCounts(this.created, this.updated, this.unchanged, this.consentKept, this.changes,
				this.keptRemoved, ids);
	}

	/**
	 * Whether the batch wrote anything.
	 * @return whether a row was created or updated
	 */
	public boolean wrote() {
		return this.created + this.updated > 0;
	}

}
