package org.warmpath.accounts;

import java.time.Instant;

/**
 * A new personal access token, the one time its value is shown.
 *
 * @param id the token's id, for revoking it
 * @param name what it is for
 * @param token the value to send as {@code Authorization: Bearer <token>}; not shown
 * again
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 */
public record AccessTokenCreated(String id, String name, String token, Instant createdAt, Instant expiresAt) {
}
