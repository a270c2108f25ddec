package org.warmpath.ingest;

import java.util.List;

/**
 * The outcome of one import, as the API returns it and the command line prints it.
 *
 * @param created rows that created an entity or relationship
 * @param updated rows that changed an existing one
 * @param unchanged rows identical to what the graph already held (not rewritten)
 * @param rejected every rejected row (a file rejected as a whole counts as one)
 * @param errors the first {@code warmpath.ingest.max-errors} rejections, by line
 * @param rows data rows read (header, preamble and blank lines excluded)
 * @param millis wall-clock time of the import
 * @param consentKept rows (people.csv) whose {@code openToIntroductions} differed from
 * the one the person set themselves, which was kept: consent is the person's
 * @param consentKeptLines the lines of the first {@code warmpath.ingest.max-errors} of
 * those rows, in order
 * @param keptRemoved tie rows not written because one of the tie's people had removed
 * that tie ({@code DELETE /api/me/connections/{otherId}}): a removal is the member's and
 * an import does not bring the tie back
 */
public record ImportReport(long created, long updated, long unchanged, long rejected, List<RowError> errors, long rows,
		long millis, long consentKept, List<Long> consentKeptLines, long keptRemoved) {

	public ImportReport {
		errors = List.copyOf(errors);
		consentKeptLines = List.copyOf(consentKeptLines);
	}

	/**
	 * A report of an import that kept no removed tie out.
	 * @param created rows that created an entity or relationship
	 * @param updated rows that changed an existing one
	 * @param unchanged rows identical to what the graph already held
	 * @param rejected every rejected row
	 * @param errors the first rejections, by line
	 * @param rows data rows read
	 * @param millis wall-clock time of the import
	 * @param consentKept rows whose consent was kept
	 * @param consentKeptLines the lines of the first of those rows
	 */
	public ImportReport(long created, long updated, long unchanged, long rejected, List<RowError> errors, long rows,
			long millis, long consentKept, List<Long> consentKeptLines) {
		this(created, updated, unchanged, rejected, errors, rows, millis, consentKept, consentKeptLines, 0);
	}

	/**
	 * A report of an import that kept nobody's consent.
	 * @param created rows that created an entity or relationship
	 * @param updated rows that changed an existing one
	 * @param unchanged rows identical to what the graph already held
	 * @param rejected every rejected row
	 * @param errors the first rejections, by line
	 * @param rows data rows read
	 * @param millis wall-clock time of the import
	 */
	public ImportReport(long created, long updated, long unchanged, long rejected, List<RowError> errors, long rows,
			long millis) {
		this(created, updated, unchanged, rejected, errors, rows, millis, 0, List.of());
	}

	/**
	 * Whether the import wrote or confirmed at least one row.
	 * @return {@code true} when some row was created, updated, found unchanged or kept
	 * removed
	 */
	public boolean anyAccepted() {
		return this.created + this.updated + this.unchanged + this.keptRemoved > 0;
	}

	/**
	 * One rejected row.
	 *
	 * @param line 1-based physical line of the file where the row starts
	 * @param message why it was rejected
	 */
	public record RowError(long line, String message) {
	}

}
