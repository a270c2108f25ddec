package org.warmpath.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import org.warmpath.people.PersonRow;
import org.warmpath.people.TieRow;

/** The import formats of DESIGN.md, "Import formats". */
final class Formats {

	private Formats() {
	}

	/** people.csv: {@code id,name} required, the rest optional. */
	static final RowFormat<PersonRow> PEOPLE = new RowFormat<>() {

		@Override
		public String name() {
			return "people.csv";
		}

		@Override
		public List<String> required() {
			return List.of("id", "name");
		}

		@Override
		public PersonRow parse(CsvRow r) {
			return new PersonRow(r.get("id"), r.get("name"), r.get("headline"), r.get("grade"), r.get("specialty"),
					r.get("region"), r.get("organisation"), Text.list(r.get("skills")),
					Text.bool("openToIntroductions", r.get("opentointroductions"), false),
					Text.bool("openToMentoring", r.get("opentomentoring"), false),
					Text.integer("mentorCapacity", r.get("mentorcapacity"), 0), Text.list(r.get("programmes")));
		}

		@Override
		public String key(PersonRow row) {
			return row.id();
		}

		@Override
		public String duplicate(PersonRow row, long firstLine) {
			return "duplicate id '" + Text.shorten(row.id()) + "' (first on line " + firstLine + ")";
		}

	};

	/**
	 * connections.csv: {@code source,target} required; {@code strength} (default 0.5),
	 * {@code context}, {@code since} optional.
	 */
	static final RowFormat<TieRow> CONNECTIONS = new RowFormat<>() {

		@Override
		public String name() {
			return "connections.csv";
		}

		@Override
		public List<String> required() {
			return List.of("source", "target");
		}

		@Override
		public TieRow parse(CsvRow r) {
			return new TieRow(r.get("source"), r.get("target"),
					Text.strength(r.get("strength"), TieRow.DEFAULT_STRENGTH), r.get("context"),
					Text.isoDate("since", r.get("since")));
		}

		@Override
		public String key(TieRow row) {
			return row.pairKey();
		}

		@Override
		public String duplicate(TieRow row, long firstLine) {
			return "duplicate pair '" + Text.shorten(row.source()) + "'-'" + Text.shorten(row.target())
					+ "' (first on line " + firstLine + ")";
		}

	};

	/**
	 * mentoring.csv: {@code mentor,mentee} required; {@code since,status,programme}
	 * optional.
	 */
	static final RowFormat<MentoringRow> MENTORING = new RowFormat<>() {

		@Override
		public String name() {
			return "mentoring.csv";
		}

		@Override
		public List<String> required() {
			return List.of("mentor", "mentee");
		}

		@Override
		public MentoringRow parse(CsvRow r) {
			return new MentoringRow(r.get("mentor"), r.get("mentee"), Text.isoDate("since", r.get("since")),
					r.get("status"), r.get("programme"));
		}

		@Override
		public String key(MentoringRow row) {
			return row.pairKey();
		}

		@Override
		public String duplicate(MentoringRow row, long firstLine) {
			return "duplicate mentoring of '" + Text.shorten(row.mentee()) + "' by '" + Text.shorten(row.mentor())
					+ "' (first on line " + firstLine + ")";
		}

	};

	/**
	 * programmes.csv: {@code name} required; {@code id} (default: the slug of the name)
	 * and {@code kind} (a {@link org.warmpath.programmes.ProgrammeKind} id) optional.
	 */
	static final RowFormat<ProgrammeRow> PROGRAMMES = new RowFormat<>() {

		@Override
		public String name() {
			return "programmes.csv";
		}

		@Override
		public List<String> required() {
			return List.of("name");
		}

		@Override
		public ProgrammeRow parse(CsvRow r) {
			return ProgrammeRow.of(r.get("id"), r.get("name"), r.get("kind"));
		}

		@Override
		public String key(ProgrammeRow row) {
			return row.id();
		}

		@Override
		public String duplicate(ProgrammeRow row, long firstLine) {
			return "duplicate programme id '" + Text.shorten(row.id()) + "' (first on line " + firstLine + ")";
		}

	};

	/**
	 * LinkedIn's "Connected On" dates, such as {@code 12 Mar 2024}, and a few variants.
	 */
	private static final List<DateTimeFormatter> LINKEDIN_DATES = List.of(pattern("d MMM uuuu"), pattern("d MMMM uuuu"),
			pattern("d-MMM-uu"), pattern("d-MMM-uuuu"), pattern("MMM d, uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

	private static DateTimeFormatter pattern(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * LinkedIn's Connections.csv: a "Notes:" preamble, then
	 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On}.
	 */
	static final RowFormat<LinkedInRow> LINKEDIN = new RowFormat<>() {

		@Override
		public String name() {
			return "Connections.csv";
		}

		@Override
		public List<String> required() {
			return List.of("first name", "last name", "url");
		}

		@Override
		public boolean isHeader(List<String> cells) {
			return cells.contains("url") && (cells.contains("first name") || cells.contains("last name"));
		}

		@Override
		public int maxPreamble() {
			return 50;
		}

		@Override
		public LinkedInRow parse(CsvRow r) {
			String url = Text.clean(r.get("url"));
			if (url == null) {
				throw new IllegalArgumentException("no profile URL, so the connection cannot be identified"
						+ nameOf(r.get("first name"), r.get("last name")));
			}
			String normalised = profileUrl(url);
			String slug = normalised.substring(normalised.indexOf("/in/") + 4);
			String name = join(" ", Text.clean(r.get("first name")), Text.clean(r.get("last name")));
			String company = Text.clean(r.get("company"));
			String position = Text.clean(r.get("position"));
			String headline = (position != null && company != null) ? position + " at " + company
					: (position != null) ? position : company;
			if (company != null && Text.slug(company).isEmpty()) {
				company = null;
			}
			return new LinkedInRow("li:" + slug, normalised, (name != null) ? name : slug, headline, company,
					linkedinDate(r.get("connected on")));
		}

		@Override
		public String key(LinkedInRow row) {
			return row.id();
		}

		@Override
		public String duplicate(LinkedInRow row, long firstLine) {
			return "duplicate profile " + row.linkedinUrl() + " (first on line " + firstLine + ")";
		}

	};

	/**
	 * Normalises a LinkedIn profile URL: lower case, https, {@code www.linkedin.com}, no
	 * query, fragment or trailing slash.
	 * @param url as exported
	 * @return {@code https://www.linkedin.com/in/<slug>}
	 * @throws IllegalArgumentException when it is not a profile URL
	 */
	static String profileUrl(String url) {
		String s = url.strip().toLowerCase(Locale.ROOT);
		int cut = indexOfAny(s, '?', '#');
		if (cut >= 0) {
			s = s.substring(0, cut);
		}
		while (s.endsWith("/")) {
			s = s.substring(0, s.length() - 1);
		}
		if (!s.contains("://")) {
			s = "https://" + s;
		}
		try {
			URI uri = new URI(s);
			String host = uri.getHost();
			String path = uri.getRawPath();
			if (host == null || !(host.equals("linkedin.com") || host.endsWith(".linkedin.com")) || path == null
					|| !path.startsWith("/in/")) {
				throw new IllegalArgumentException("'" + Text.shorten(url) + "' is not a LinkedIn profile URL");
			}
			String slug = path.substring(4);
			if (slug.isEmpty() || slug.contains("/")) {
				throw new IllegalArgumentException("'" + Text.shorten(url) + "' is not a LinkedIn profile URL");
			}
			return "https://www.linkedin.com/in/" + slug;
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("'" + Text.shorten(url) + "' is not a LinkedIn profile URL");
		}
	}

	static LocalDate linkedinDate(String value) {
		String s = Text.clean(value);
		if (s == null) {
			return null;
		}
		for (DateTimeFormatter format : LINKEDIN_DATES) {
			try {
				return LocalDate.parse(s, format);
			}
			catch (DateTimeParseException ex) {
				// try the next
			}
		}
		throw new IllegalArgumentException(
				"bad date '" + Text.shorten(s) + "' in column Connected On (expected a date such as 12 Mar 2024)");
	}

	private static String nameOf(String first, String last) {
		String name = join(" ", Text.clean(first), Text.clean(last));
		return (name != null) ? " (" + Text.shorten(name) + ")" : "";
	}

	private static String join(String separator, String a, String b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a + separator + b;
	}

	private static int indexOfAny(String s, char a, char b) {
		int i = s.indexOf(a);
		int j = s.indexOf(b);
		if (i < 0) {
			return j;
		}
		return (j < 0) ? i : Math.min(i, j);
	}

}
