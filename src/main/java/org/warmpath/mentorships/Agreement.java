package org.warmpath.mentorships;

import java.util.List;

/**
 * What mentor and mentee agreed at the start of an active mentorship: the seed's advice
 * is to agree goals, how often and how to meet, and when to review, so both desks show
 * the same record and either side may edit it.
 *
 * @param goals what the mentee wants from the mentorship
 * @param frequency one of {@link #FREQUENCIES}
 * @param format one of {@link #FORMATS}
 * @param reviewOn ISO date to review the mentorship, or null
 * @param updatedBy person id of whoever wrote it last
 * @param updatedAt when it was last written
 */
public record Agreement(String goals, String frequency, String format, String reviewOn, String updatedBy,
		String updatedAt) {

	/** How often they meet. */
	public static final List<String> FREQUENCIES = List.of("weekly", "fortnightly", "monthly", "quarterly", "ad hoc");

	/** How they meet. */
	public static final List<String> FORMATS = List.of("in person", "video", "phone", "mixed");

	/**
	 * An agreement as written by either side.
	 *
	 * @param goals required, up to 2,000 characters
	 * @param frequency required, one of {@link #FREQUENCIES}
	 * @param format required, one of {@link #FORMATS}
	 * @param reviewOn optional ISO date (yyyy-mm-dd)
	 */
	public record AgreementInput(String goals, String frequency, String format, String reviewOn) {
	}

}
