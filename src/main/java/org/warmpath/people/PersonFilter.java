package org.warmpath.people;

/**
 * Directory search criteria; null means "any".
 *
 * @param q part of a name, or an exact id
 * @param specialty specialty name (case-insensitive)
 * @param region region name (case-insensitive)
 * @param grade part of the grade text
 * @param openToMentoring only people who do (or do not) take mentees
 * @param programme programme id: only its members
 * @param skill skill name (case-insensitive)
 * @param organisation organisation id or name (case-insensitive)
 */
public record PersonFilter(String q, String specialty, String region, String grade, Boolean openToMentoring,
		String programme, String skill, String organisation) {

	/** Criteria without the programme, skill and organisation filters. */
	public PersonFilter(String q, String specialty, String region, String grade, Boolean openToMentoring) {
		this(q, specialty, region, grade, openToMentoring, null, null, null);
	}

}
