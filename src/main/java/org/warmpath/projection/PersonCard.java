package org.warmpath.projection;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Value;

/**
 * What answers show of one person, held in memory by {@link PersonCards}: the fields of a
 * path's or a mutual connection's card and of a node in the network picture.
 *
 * @param name display name
 * @param headline one line about them
 * @param grade grade as written
 * @param seniority ordinal of the grade, or null if unknown
 * @param specialty main specialty
 * @param region where they are based
 * @param organisation where they work
 * @param openToMentoring whether they take mentees
 * @param mentorCapacity how many mentees they take at most
 * @param activeMentees how many ACTIVE mentees they have
 * @param mentee whether someone mentors them (ACTIVE)
 * @param skills their skills, carried by a write's change (read in its transaction) for
 * the mentor catalogue; null when unknown: {@link PersonCards} does not hold them, so
 * cards read back from the projection have none
 * @param menteesBefore how many mentees they ever had (ACTIVE or ENDED), carried like
 * {@code skills}; null when unknown
 */
public record PersonCard(String name, String headline, String grade, Integer seniority, String specialty, String region,
		String organisation, boolean openToMentoring, int mentorCapacity, int activeMentees, boolean mentee,
		List<String> skills, Integer menteesBefore) {

	/** A card with nothing known, for a person without one. */
	public static final PersonCard EMPTY = new PersonCard(null, null, null, null, null, null, null, false, 0, 0, false);

	/**
	 * A card as the projection holds it: without skills or past mentees.
	 * @param name display name
	 * @param headline one line about them
	 * @param grade grade as written
	 * @param seniority ordinal of the grade, or null if unknown
	 * @param specialty main specialty
	 * @param region where they are based
	 * @param organisation where they work
	 * @param openToMentoring whether they take mentees
	 * @param mentorCapacity how many mentees they take at most
	 * @param activeMentees how many ACTIVE mentees they have
	 * @param mentee whether someone mentors them (ACTIVE)
	 */
	public PersonCard(String name, String headline, String grade, Integer seniority, String specialty, String region,
			String organisation, boolean openToMentoring, int mentorCapacity, int activeMentees, boolean mentee) {
		this(name, headline, grade, seniority, specialty, region, organisation, openToMentoring, mentorCapacity,
				activeMentees, mentee, null, null);
	}

	/**
	 * The card in a row with the card columns of {@code network/projection-people}: the
	 * one parsing of them, for the load and for the writes that read back what they
	 * committed ({@code people/projection-state}), so both give the same card; the
	 * optional columns {@code skills} and {@code menteesBefore} (only the writes read
	 * them, for the mentor catalogue) fill the fields the projection does not hold.
	 * @param r the row
	 * @return the card
	 */
	static PersonCard of(MapAccessor r) {
		Value skills = r.containsKey("skills") ? r.get("skills") : null;
		Value before = r.containsKey("menteesBefore") ? r.get("menteesBefore") : null;
		return new PersonCard(r.get("name").asString(null), r.get("headline").asString(null),
				r.get("grade").asString(null), r.get("seniority").isNull() ? null : r.get("seniority").asInt(),
				r.get("specialty").asString(null), r.get("region").asString(null), r.get("organisation").asString(null),
				r.get("openToMentoring").asBoolean(), r.get("mentorCapacity").asInt(), r.get("activeMentees").asInt(),
				r.get("mentee").asBoolean(),
				(skills == null || skills.isNull()) ? null : List.copyOf(skills.asList(Value::asString)),
				(before == null || before.isNull()) ? null : before.asInt());
	}

}
