package org.warmpath.people;

import org.neo4j.driver.types.MapAccessor;
import org.warmpath.projection.PersonCard;

/**
 * A person as lists, paths and cards show them.
 *
 * @param id business key
 * @param name display name
 * @param headline one line about them
 * @param grade grade as written
 * @param seniority ordinal of the grade (student 0 .. professor 5), or null if unknown
 * @param specialty main specialty
 * @param region where they are based
 * @param organisation where they work
 */
public record PersonSummary(String id, String name, String headline, String grade, Integer seniority, String specialty,
		String region, String organisation) {

	/**
	 * Reads the columns
	 * {@code id, name, headline, grade, seniority, specialty, region, organisation}.
	 */
	public static PersonSummary from(MapAccessor r) {
		return new PersonSummary(r.get("id").asString(), r.get("name").asString(null), r.get("headline").asString(null),
				r.get("grade").asString(null), r.get("seniority").isNull() ? null : r.get("seniority").asInt(),
				r.get("specialty").asString(null), r.get("region").asString(null),
				r.get("organisation").asString(null));
	}

	/**
	 * A person's card as the in-memory projection holds it.
	 * @param id the person
	 * @param card their card, or null when the projection holds none
	 * @return the summary (only the id when there is no card)
	 */
	public static PersonSummary of(String id, PersonCard card) {
		if (card == null) {
			return new PersonSummary(id, null, null, null, null, null, null, null);
		}
		return new PersonSummary(id, card.name(), card.headline(), card.grade(), card.seniority(), card.specialty(),
				card.region(), card.organisation());
	}

}
