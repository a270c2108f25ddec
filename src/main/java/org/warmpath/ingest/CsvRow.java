package org.warmpath.ingest;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * One data record of a CSV file with the physical line it starts on, read by header name
 * (case-insensitive).
 */
final class CsvRow {

	private final long line;

	private final CSVRecord record;

	private final Map<String, Integer> columns;

	CsvRow(long line, CSVRecord record, Map<String, Integer> columns) {
		this.line = line;
		this.record = record;
		this.columns = columns;
	}

	long line() {
		return this.line;
	}

	/**
	 * The value in a column.
	 * @param column lower-case header name
	 * @return the raw value, or {@code null} when the column is absent or the row is
	 * short
	 */
	String get(String column) {
		Integer index = this.columns.get(column);
		if (index == null || index >= this.record.size()) {
			return null;
		}
		return this.record.get(index);
	}

}
