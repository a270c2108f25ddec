package org.warmpath.claims;

/**
 * The optional body of {@code POST /api/claims/{id}/reject}.
 *
 * @param reason why, shown to the account that asked (at most 500 characters)
 */
record ClaimDecision(String reason) {
}
