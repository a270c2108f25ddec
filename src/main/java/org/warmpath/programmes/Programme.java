package org.warmpath.programmes;

import org.neo4j.driver.Record;

/**
 * A programme as lists show it, with its counts.
 *
 * @param id business key, the slug of its first name
 * @param name display name
 * @param kind a {@link ProgrammeKind} id ({@code other} when none was set)
 * @param members how many people belong to it
 * @param mentors how many of them are open to mentoring
 * @param mentorsWithCapacity how many of those can take a mentee now (not paused, fewer
 * active mentees than their capacity)
 */
public record Programme(String id, String name, String kind, long members, long mentors, long mentorsWithCapacity) {

	static Programme from(Record r) {
		return new Programme(r.get("id").asString(), r.get("name").asString(null), r.get("kind").asString(),
				r.get("members").asLong(), r.get("mentors").asLong(), r.get("mentorsWithCapacity").asLong());
	}

}
