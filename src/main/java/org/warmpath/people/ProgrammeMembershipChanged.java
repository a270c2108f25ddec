package org.warmpath.people;

/**
 * Published once a change of one person's programme membership has committed (through the
 * programmes API, not through an import, which publishes its own graph change): the
 * mentor catalogue and anything else that keeps memberships in memory apply it in place.
 *
 * @param personId whose membership changed
 * @param programmeId the programme's id
 * @param member whether they belong to it now
 * @param as their part in it ({@code mentor}, {@code mentee}, {@code member}, ...), or
 * {@code null} when unknown or when they left
 */
public record ProgrammeMembershipChanged(String personId, String programmeId, boolean member, String as) {
}
