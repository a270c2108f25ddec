package org.warmpath.privacy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.warmpath.introductions.Introduction;

/**
 * Everything held about a member ({@code GET /api/me/export}), the answer to a data
 * subject access request.
 *
 * @param profile the person, with their goals and needs
 * @param account the account asking
 * @param ties the person's ties
 * @param vouches the person's own sides of ties (what they said about each), confirmed or
 * still waiting for the other person
 * @param introductions introductions the person took part in, in any role
 * @param mentoring mentoring relationships, as mentor and as mentee, with their
 * agreements
 */
public record PersonalDataExport(MyProfile profile, ExportedAccount account, List<ExportedTie> ties,
		List<ExportedVouch> vouches, List<Introduction> introductions, List<ExportedMentoring> mentoring) {

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
	 * The member's own side of a tie, as they wrote it.
	 *
	 * @param person the other person's id
	 * @param name their name
	 * @param closeness the member's rating, 1..5
	 * @param evidence the member's evidence, as stored: {@code [{kind, since, until,
	 * note}]}
	 * @param createdAt when the member first wrote this side
	 * @param updatedAt when they last changed it
	 */
	public record ExportedVouch(String person, String name, Integer closeness, JsonNode evidence, String createdAt,
			String updatedAt) {
	}

	/**
	 * What mentor and mentee agreed at the start of a mentorship.
	 *
	 * @param goals what they work on
	 * @param frequency how often they meet
	 * @param format how they meet
	 * @param reviewOn when they look at it again
	 * @param updatedAt when either last changed it
	 */
	public record ExportedAgreement(String goals, String frequency, String format, String reviewOn, String updatedAt) {
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
	 * @param need the need it is for, an id of the needs vocabulary
	 * @param agreement what both agreed, absent while nothing was agreed
	 */
	public record ExportedMentoring(String role, String person, String name, String status, String programme,
			String since, String until, String need,
			@JsonInclude(JsonInclude.Include.NON_NULL) ExportedAgreement agreement) {
	}

}
