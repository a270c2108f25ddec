package org.warmpath.people;

import java.util.List;

/**
 * Everything a profile page shows about one person.
 *
 * @param id business key
 * @param name display name
 * @param headline one line about them
 * @param grade grade as written
 * @param seniority ordinal of the grade
 * @param specialty main specialty
 * @param region where they are based
 * @param organisation where they work
 * @param skills their skills
 * @param programmes the programmes they belong to
 * @param openToIntroductions whether they may stand in the middle of a path
 * @param openToMentoring whether they take mentees
 * @param mentorCapacity how many mentees at once
 * @param activeMentees how many they mentor now
 * @param degree how many people they know
 * @param connectionVisibility {@code connections} or {@code private}
 * @param linkedinUrl profile URL when imported from LinkedIn
 * @param createdAt when the person was created
 * @param updatedAt when the person last changed
 */
public record PersonDetails(String id, String name, String headline, String grade, Integer seniority, String specialty,
		String region, String organisation, List<String> skills, List<Programme> programmes,
		boolean openToIntroductions, boolean openToMentoring, int mentorCapacity, int activeMentees, int degree,
		String connectionVisibility, String linkedinUrl, String createdAt, String updatedAt) {

	/**
	 * A programme membership.
	 *
	 * @param id programme id
	 * @param name programme name
	 * @param as the person's part in it
	 */
	public record Programme(String id, String name, String as) {
	}

}
