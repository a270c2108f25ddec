package org.warmpath.programmes;

import org.warmpath.people.PersonSummary;

/**
 * A member of a programme as its page shows them.
 *
 * @param id person id
 * @param name display name
 * @param grade grade as written
 * @param specialty main specialty
 * @param region where they are based
 * @param organisation where they work
 * @param as their part in the programme: {@code mentor}, {@code mentee} or {@code member}
 * @param capacityLeft for a mentor with capacity: how many more mentees they can take;
 * {@code null} in the member list
 */
public record ProgrammeMember(String id, String name, String grade, String specialty, String region,
		String organisation, String as, Integer capacityLeft) {

	static ProgrammeMember of(PersonSummary p, String as, Integer capacityLeft) {
		return new ProgrammeMember(p.id(), p.name(), p.grade(), p.specialty(), p.region(), p.organisation(), as,
				capacityLeft);
	}

}
