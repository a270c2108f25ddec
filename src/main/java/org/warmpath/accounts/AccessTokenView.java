package org.warmpath.accounts;

import java.time.Instant;

/**
 * A personal access token as listed: never its value, which is shown once at creation and
 * stored only as a SHA-256 hash.
 *
 * @param id the token's id, for revoking it
 * @param name what it is for
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 */
public record AccessTokenView(String id, String name, Instant createdAt, Instant expiresAt) {
}
