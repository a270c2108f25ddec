package org.warmpath.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What {@link RowReader} made of a file, collected for assertions. */
record ParsedFile<T>(List<Long> lines, List<T> rows, List<ImportReport.RowError> errors, RowReader.Outcome outcome) {

	static <T> ParsedFile<T> of(String csv, RowFormat<T> format) {
		return of(csv.getBytes(StandardCharsets.UTF_8), format);
	}

	static <T> ParsedFile<T> of(byte[] bytes, RowFormat<T> format) {
		List<Long> lines = new ArrayList<>();
		List<T> rows = new ArrayList<>();
		List<ImportReport.RowError> errors = new ArrayList<>();
		try {
			RowReader.Outcome outcome = RowReader.read(new ByteArrayInputStream(bytes), format, new RowReader.Sink<>() {

				@Override
				public void accept(long line, T row) {
					lines.add(line);
					rows.add(row);
				}

				@Override
				public void reject(long line, String message) {
					errors.add(new ImportReport.RowError(line, message));
				}

			});
			return new ParsedFile<>(lines, rows, errors, outcome);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ImportReport.RowError onlyError() {
		if (this.errors.size() != 1) {
			throw new AssertionError("expected one error, got " + this.errors);
		}
		return this.errors.get(0);
	}

}
