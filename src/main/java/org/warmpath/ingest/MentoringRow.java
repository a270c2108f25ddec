package org.warmpath.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of mentoring.csv: {@code (mentor)-[:MENTORS {since, status,
 * programme}]->(mentee)}.
 *
 * @param mentor the mentor's id
 * @param mentee the mentee's id
 * @param since when it started, or {@code null}
 * @param status upper case, such as {@code ACTIVE} (the default) or {@code ENDED}
 * @param programme name of the programme it runs under, or {@code null} when informal;
 * the relationship stores the programme's id (see {@link #parameters()})
 */
record MentoringRow(String mentor, String mentee, LocalDate since, String status, String programme) {

	private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z_-]{0,31}");

	MentoringRow {
		mentor = Text.clean(mentor);
		mentee = Text.clean(mentee);
		if (mentor == null) {
			throw new IllegalArgumentException("blank mentor");
		}
		if (mentee == null) {
			throw new IllegalArgumentException("blank mentee");
		}
		if (mentor.equals(mentee)) {
			throw new IllegalArgumentException(
					"self-mentoring: '" + Text.shorten(mentor) + "' cannot mentor themselves");
		}
		status = Text.clean(status);
		status = (status == null) ? "ACTIVE" : status.toUpperCase(Locale.ROOT);
		if (!STATUS.matcher(status).matches()) {
			throw new IllegalArgumentException(
					"bad status '" + Text.shorten(status) + "' (a word such as ACTIVE or ENDED is expected)");
		}
		programme = Text.clean(programme);
		if (programme != null && Text.slug(programme).isEmpty()) {
			throw new IllegalArgumentException(
					"programme '" + Text.shorten(programme) + "' has no letters or digits to make an id from");
		}
	}

	/**
	 * The id the programme gets when no programme of that name exists yet: the slug of
	 * its name, as people.csv makes it, so both files name the same programme.
	 * @return the slug, or {@code null} when informal
	 */
	String programmeId() {
		return (this.programme == null) ? null : Text.slug(this.programme);
	}

	String pairKey() {
		return this.mentor + '\u0000' + this.mentee;
	}

	Map<String, Object> parameters() {
		Map<String, Object> row = new HashMap<>();
		row.put("mentor", this.mentor);
		row.put("mentee", this.mentee);
		row.put("since", this.since);
		row.put("status", this.status);
		row.put("programme", this.programme);
		row.put("programmeId", programmeId());
		return row;
	}

}
