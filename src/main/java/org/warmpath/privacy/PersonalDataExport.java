package org.warmpath.privacy;

import java.util.List;

import org.warmpath.introductions.Introduction;

/**
 * Everything held about a member ({@code GET /api/me/export}), the answer to a data
 * subject access request.
 *
 * @param profile the person, with their goals and needs
 * @param account the account asking
 * @param ties the person's ties
 * @param introductions introductions the person took part in, in any role
 * @param mentoring mentoring relationships, as mentor and as mentee
 */
public record PersonalDataExport(MyProfile profile, ExportedAccount account, List<ExportedTie> ties,
		List<Introduction> introductions, List<ExportedMentoring> mentoring) {

	/**
	 * The account the export was asked with.
	 *
	 * @param username its user name
	 * @param roles its roles, sorted
	 */
	public record ExportedAccount(String username, List<String> roles) {
	}

	/**
	 * One tie as stored.
	 *
	 * @param person the other person's id
	 * @param name their name
	 * @param strength the tie's strength
	 * @param context how they know each other
	 * @param since when the tie began
	 * @param source where the tie came from
	 */
	public record ExportedTie(String person, String name, Double strength, String context, String since,
			String source) {
	}

	/**
	 * One mentoring relationship as stored.
	 *
	 * @param role "mentor" when the member mentors {@code person}, "mentee" when mentored
	 * @param person the other person's id
	 * @param name their name
	 * @param status the relationship's status
	 * @param programme its programme
	 * @param since when it began
	 * @param until when it ended
	 */
	public record ExportedMentoring(String role, String person, String name, String status, String programme,
			String since, String until) {
	}

}
