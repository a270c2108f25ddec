package org.warmpath.people;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalising of the text values of people and ties, public so that every format that
 * names a person's organisation or programmes derives the same ids from the same names.
 */
public final class Text {

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Text() {
	}

	/**
	 * Stripped text, or {@code null} when blank.
	 * @param value the text, may be {@code null}
	 * @return the stripped text or {@code null}
	 */
	public static String clean(String value) {
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
	 * @param name the name
	 * @return the id, empty when the name has no letters or digits
	 */
	public static String slug(String name) {
		String ascii = asciiSlug(name);
		return (ascii != null) ? ascii : regexSlug(name);
	}

	/**
	 * The slug of an all-ASCII name in one pass over its characters, {@code null} for any
	 * other name: what {@link #regexSlug} gives it (an ASCII name has no marks to drop
	 * and lower-cases to ASCII). Why: a people.csv names an organisation and programmes
	 * on every row, and the normalisation and two regular expressions per name were a
	 * tenth of reading a million-row file; this is about twenty times cheaper. O(length).
	 */
	static String asciiSlug(String name) {
		int n = name.length();
		char[] out = new char[n];
		int length = 0;
		boolean gap = false;
		for (int i = 0; i < n; i++) {
			char c = name.charAt(i);
			if (c >= 0x80) {
				return null;
			}
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (gap && length > 0) {
					out[length++] = '-';
				}
				gap = false;
				out[length++] = c;
			}
			else {
				gap = true;
			}
		}
		return new String(out, 0, length);
	}

	/** {@link #slug} by its definition: any name. */
	static String regexSlug(String name) {
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
	 * Items stripped, blanks and repeats dropped, order kept.
	 * @param values the items, may be {@code null}
	 * @return the cleaned list
	 */
	public static List<String> list(List<String> values) {
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
		return List.copyOf(items);
	}

	/**
	 * Keeps user text short in messages (a binary body must not flood a report).
	 * @param s the text
	 * @return at most 60 printable characters
	 */
	public static String shorten(String s) {
		String printable = s.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() <= 60) ? printable : printable.substring(0, 57) + "...";
	}

}
