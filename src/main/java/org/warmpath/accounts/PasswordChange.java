package org.warmpath.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * A member's change of their own password ({@code POST /api/me/password}).
 *
 * @param current the password in use now
 * @param newPassword the new one, sent as {@code new}: 12 to 64 characters, not a common
 * password
 */
public record PasswordChange(@NotNull String current, @JsonProperty("new") @NotNull String newPassword) {
}
