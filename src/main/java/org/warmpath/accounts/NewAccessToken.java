package org.warmpath.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request for a personal access token ({@code POST /api/me/tokens}).
 *
 * @param name what the token is for, 1 to 100 characters
 * @param expiresInDays 1 to 365: every token expires
 */
public record NewAccessToken(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(365) Integer expiresInDays) {
}
