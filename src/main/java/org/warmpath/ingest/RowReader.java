package org.warmpath.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file through a {@link RowFormat}: finds the header (after a preamble if
 * the format allows one), checks the required columns, and hands each record on as a
 * parsed row or as a rejection with its physical line and reason.
 *
 * <p>
 * One record is in memory at a time. UTF-8 with or without a byte-order mark, LF or CRLF,
 * quoted values spanning lines, blank lines (skipped) and unknown columns (ignored) are
 * all accepted. A body with NUL bytes in its first 8 KiB (binary, UTF-16) or without the
 * required header is rejected as a whole, on line 1. A malformed record (a stray or
 * unbalanced quote) stops reading: what follows cannot be split into records reliably.
 */
final class RowReader {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private static final int SNIFF = 8192;

	private RowReader() {
	}

	/** Receives what was read. */
	interface Sink<T> {

		void accept(long line, T row);

		void reject(long line, String message);

	}

	/**
	 * How reading ended.
	 *
	 * @param rows data records read (blank lines excluded)
	 * @param fileRejected whether the file as a whole was rejected (no usable header)
	 * @param stopped whether a malformed record stopped reading early
	 */
	record Outcome(long rows, boolean fileRejected, boolean stopped) {
	}

	static <T> Outcome read(InputStream in, RowFormat<T> format, Sink<T> sink) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
		buffered.mark(SNIFF);
		byte[] head = buffered.readNBytes(SNIFF);
		buffered.reset();
		for (byte b : head) {
			if (b == 0) {
				sink.reject(1, missing(format, format.required(), "the body is not CSV text"));
				return new Outcome(0, true, false);
			}
		}
		CSVParser parser = CSVParser.builder()
			.setReader(new InputStreamReader(buffered, StandardCharsets.UTF_8))
			.setFormat(CSV)
			.get();
		Iterator<CSVRecord> records = parser.iterator();

		Map<String, Integer> columns = null;
		long headerLine = 1;
		List<String> found = List.of();
		int preamble = 0;
		boolean first = true;
		while (columns == null) {
			long line = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				record = next(records);
			}
			catch (MalformedCsv ex) {
				sink.reject(1, missing(format, format.required(), "the body is not CSV with a header row"));
				return new Outcome(0, true, false);
			}
			if (record == null) {
				break;
			}
			List<String> cells = new ArrayList<>(record.size());
			for (String cell : record) {
				String c = cell;
				if (first && c.startsWith("\uFEFF")) {
					c = c.substring(1);
				}
				first = false;
				cells.add(c.strip().toLowerCase(Locale.ROOT));
			}
			if (blank(record)) {
				continue;
			}
			if (format.isHeader(cells)) {
				Map<String, Integer> map = new HashMap<>();
				for (int i = 0; i < cells.size(); i++) {
					map.putIfAbsent(cells.get(i), i);
				}
				columns = map;
				found = cells;
				headerLine = line;
			}
			else if (++preamble > format.maxPreamble()) {
				break;
			}
		}
		if (columns == null) {
			sink.reject(1, missing(format, format.required(), "no header row found"));
			return new Outcome(0, true, false);
		}
		List<String> absent = new ArrayList<>();
		for (String column : format.required()) {
			if (!columns.containsKey(column)) {
				absent.add(column);
			}
		}
		if (!absent.isEmpty()) {
			sink.reject(headerLine, missing(format, absent, "found: " + Text.shorten(String.join(",", found))));
			return new Outcome(0, true, false);
		}

		FirstLines seen = new FirstLines();
		long rows = 0;
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				record = next(records);
			}
			catch (MalformedCsv ex) {
				sink.reject(line, "malformed CSV (an unbalanced quote, or a quote inside an unquoted value);"
						+ " the rest of the file was not read");
				return new Outcome(rows + 1, false, true);
			}
			if (record == null) {
				break;
			}
			if (blank(record)) {
				continue;
			}
			rows++;
			T row;
			try {
				row = format.parse(new CsvRow(line, record, columns));
			}
			catch (IllegalArgumentException ex) {
				sink.reject(line, ex.getMessage());
				continue;
			}
			String key = format.key(row);
			if (key != null) {
				long firstLine = seen.putIfAbsent(key, line);
				if (firstLine != 0) {
					sink.reject(line, format.duplicate(row, firstLine));
					continue;
				}
			}
			sink.accept(line, row);
		}
		return new Outcome(rows, false, false);
	}

	/**
	 * The next record, or {@code null} at the end of the file.
	 * @throws MalformedCsv at a record the parser cannot split
	 */
	private static CSVRecord next(Iterator<CSVRecord> records) throws MalformedCsv {
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CSVException) {
				throw new MalformedCsv();
			}
			throw ex;
		}
	}

	private static boolean blank(CSVRecord record) {
		for (String cell : record) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** A malformed record: what follows cannot be split into records reliably. */
	private static final class MalformedCsv extends Exception {

		MalformedCsv() {
			super(null, null, false, false);
		}

	}

	private static String missing(RowFormat<?> format, List<String> columns, String why) {
		return "missing required column" + ((columns.size() == 1) ? " " : "s ") + String.join(", ", columns) + " in "
				+ format.name() + " (" + why + ")";
	}

}
