package org.warmpath.ingest;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsing and normalising of the text values of import rows. */
final class Text {

	private Text() {
	}

	/** Stripped text, or {@code null} when blank. */
	static String clean(String value) {
		return org.warmpath.people.Text.clean(value);
	}

	/** The id a name gets, as for people: see {@link org.warmpath.people.Text#slug}. */
	static String slug(String name) {
		return org.warmpath.people.Text.slug(name);
	}

	/**
	 * A {@code ;}-separated list: items stripped, blanks and repeats dropped, order kept.
	 */
	static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String item : value.split(";")) {
			String s = item.strip();
			if (!s.isEmpty()) {
				items.add(s);
			}
		}
		return List.copyOf(items);
	}

	static Boolean bool(String column, String value, boolean fallback) {
		String s = clean(value);
		if (s == null) {
			return fallback;
		}
		return switch (s.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1" -> true;
			case "false", "no", "n", "0" -> false;
			default -> throw new IllegalArgumentException(
					"bad boolean '" + shorten(s) + "' in column " + column + " (use true or false)");
		};
	}

	static int integer(String column, String value, int fallback) {
		String s = clean(value);
		if (s == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"bad number '" + shorten(s) + "' in column " + column + " (a whole number is expected)");
		}
	}

	static double strength(String value, double fallback) {
		String s = clean(value);
		if (s == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(s);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("strength '" + shorten(s) + "' is not a number (use a value in (0, 1])");
		}
	}

	static LocalDate isoDate(String column, String value) {
		String s = clean(value);
		if (s == null) {
			return null;
		}
		try {
			return isIsoDateShape(s) ? LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10))
					: LocalDate.parse(s);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(
					"bad date '" + shorten(s) + "' in column " + column + " (use an ISO date such as 2024-03-12)");
		}
	}

	/**
	 * Whether {@code s} is {@code dddd-dd-dd} in ASCII digits: then
	 * {@link LocalDate#of(int, int, int)} of its numbers is what {@link LocalDate#parse}
	 * gives it, a date or an error for a day that does not exist (both strict). Why:
	 * connections.csv dates every tie, and the formatter's parse was a tenth of reading
	 * ten million of them.
	 */
	private static boolean isIsoDateShape(String s) {
		if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = s.charAt(i);
			if (i != 4 && i != 7 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int number(String s, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			n = n * 10 + (s.charAt(i) - '0');
		}
		return n;
	}

	/** Keeps user text short in messages (a binary body must not flood the report). */
	static String shorten(String s) {
		return org.warmpath.people.Text.shorten(s);
	}

}
