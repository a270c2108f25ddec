package org.warmpath.ingest;

import java.util.List;

/**
 * One import format: its columns, how a record becomes a row, and what makes two rows of
 * one file the same.
 *
 * @param <T> the row type
 */
interface RowFormat<T> {

	/** Short name used in messages, such as {@code people.csv}. */
	String name();

	/** Lower-case names of the columns a file must have. */
	List<String> required();

	/**
	 * Whether a record is the header; a format whose files may start with a preamble
	 * (LinkedIn) overrides this to skip records until the header appears.
	 * @param cells the record's cells, stripped and in lower case
	 * @return whether this is the header
	 */
	default boolean isHeader(List<String> cells) {
		return true;
	}

	/** How many records before the header may be skipped as a preamble. */
	default int maxPreamble() {
		return 0;
	}

	/**
	 * Turns a record into a row.
	 * @param row the record
	 * @return the row
	 * @throws IllegalArgumentException with the reason when the record is invalid
	 */
	T parse(CsvRow row);

	/**
	 * What must be unique within one file, or {@code null} when anything goes.
	 * @param row a parsed row
	 * @return the key
	 */
	String key(T row);

	/**
	 * The message for a row whose key appeared before.
	 * @param row the repeated row
	 * @param firstLine where the key first appeared
	 * @return the reason
	 */
	String duplicate(T row, long firstLine);

}
