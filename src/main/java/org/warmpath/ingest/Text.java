package org.warmpath.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing and normalising of the text values of import rows. */
final class Text {

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Text() {
	}

	/** Stripped text, or {@code null} when blank. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String s = value.strip();
		return s.isEmpty() ? null : s;
	}

	/**
	 * A stable id derived from a name: lower case, accents dropped, runs of anything but
	 * letters and digits turned into one dash ("St. Mary's NHS Trust" ->
	 * "st-mary-s-nhs-trust").
	 */
	static String slug(String name) {
		String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		int from = 0;
		int to = slug.length();
		while (from < to && slug.charAt(from) == '-') {
			from++;
		}
		while (to > from && slug.charAt(to - 1) == '-') {
			to--;
		}
		return slug.substring(from, to);
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

	/** Items stripped, blanks and repeats dropped, order kept. */
	static List<String> list(List<String> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String item : values) {
			String s = clean(item);
			if (s != null) {
				items.add(s);
			}
		}
		return List.copyOf(new ArrayList<>(items));
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
			return LocalDate.parse(s);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"bad date '" + shorten(s) + "' in column " + column + " (use an ISO date such as 2024-03-12)");
		}
	}

	/** Keeps user text short in messages (a binary body must not flood the report). */
	static String shorten(String s) {
		String printable = s.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() <= 60) ? printable : printable.substring(0, 57) + "...";
	}

}
