package org.warmpath.accounts;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An admin's request for a new account.
 *
 * @param username letters, digits, dot, dash, underscore or @
 * @param password 12 to 64 characters (at most 72 bytes), not a common password
 * @param roles ADMIN, ANALYST and/or MEMBER
 * @param personId the person a MEMBER speaks for
 * @param programmes the ids of the programmes a PROGRAMME_LEAD leads (required for that
 * role, refused for any other)
 */
public record NewAccount(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
		@NotBlank @Size(max = 200) String password, @NotEmpty List<String> roles, String personId,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> programmes) {

	/** An account that leads no programme. */
	public NewAccount(String username, String password, List<String> roles, String personId) {
		this(username, password, roles, personId, null);
	}

}
