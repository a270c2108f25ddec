package org.warmpath.programmes;

/**
 * One person's membership of one programme, as a membership change answers it.
 *
 * @param programmeId the programme
 * @param personId the person
 * @param member whether they belong to it now
 * @param as their part in it, or {@code null} when they do not belong
 */
public record Membership(String programmeId, String personId, boolean member, String as) {

	/**
	 * The body of a membership change.
	 *
	 * @param as {@code mentor}, {@code mentee} or {@code member} (the default)
	 */
	public record Request(String as) {
	}

}
