package org.warmpath.claims;

/**
 * The body of {@code POST /api/me/claims}.
 *
 * @param personId the unclaimed person the account asks to speak for
 */
record ClaimRequest(String personId) {
}
