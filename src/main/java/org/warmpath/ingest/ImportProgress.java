package org.warmpath.ingest;

/**
 * Told how far an import has got, so a terminal can show progress on a long file.
 */
@FunctionalInterface
public interface ImportProgress {

	/** Ignores progress. */
	ImportProgress NONE = (phase, rows) -> {
	};

	/**
	 * Called every few thousand rows and once at the end of each pass.
	 * @param phase {@code validating} (strict pass 1), {@code writing} (strict pass 2) or
	 * {@code importing} (tolerant, one pass)
	 * @param rows data rows processed so far in this phase
	 */
	void progress(String phase, long rows);

}
