package org.warmpath.programmes;

import java.util.List;

/**
 * One programme: its counts (as in the list), one page of the members the caller may see,
 * and the mentors who can take a mentee now.
 *
 * @param id business key
 * @param name display name
 * @param kind a {@link ProgrammeKind} id
 * @param members how many people belong to it (all of them, seen or not)
 * @param mentors how many of them are open to mentoring
 * @param mentorsWithCapacity how many of those can take a mentee now
 * @param memberList one page of the members the caller may see, by name
 * @param mentorsAvailable the mentors with capacity left the caller may see, most room
 * first (at most {@link Programmes#MAX_MENTORS})
 */
public record ProgrammeDetails(String id, String name, String kind, long members, long mentors,
		long mentorsWithCapacity, MemberPage memberList, List<ProgrammeMember> mentorsAvailable) {

	/**
	 * A page of members.
	 *
	 * @param items the members on this page
	 * @param page zero-based page
	 * @param size page size
	 * @param total members the caller may see
	 * @param hidden members the visibility rule keeps from the caller ("private members")
	 */
	public record MemberPage(List<ProgrammeMember> items, int page, int size, long total, long hidden) {
	}

}
