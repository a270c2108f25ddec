package org.warmpath.claims;

/**
 * A request by an account to speak for a person.
 *
 * @param id the claim
 * @param username the account that asked
 * @param personId the person asked for
 * @param personName their name
 * @param headline their headline, as imported
 * @param linkedinUrl their profile URL, as imported
 * @param createdBy the person whose LinkedIn import created them
 * @param status {@code PENDING}, {@code CONFIRMED} or {@code REJECTED}
 * @param requestedAt when it was asked
 * @param decidedAt when an admin decided, or {@code null}
 * @param decidedBy the admin who decided, or {@code null}
 * @param reason why it was rejected, or {@code null}
 */
public record Claim(String id, String username, String personId, String personName, String headline, String linkedinUrl,
		String createdBy, String status, String requestedAt, String decidedAt, String decidedBy, String reason) {
}
