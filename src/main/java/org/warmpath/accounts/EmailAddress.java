package org.warmpath.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The e-mail address notifications are sent to ({@code GET}/{@code PUT /api/me/email}).
 * One address of at most 254 characters with a dot in its domain and no white space (so
 * it can never smuggle a header line into a message); {@code null} removes it.
 *
 * @param email the address, or {@code null} for none
 */
public record EmailAddress(@Email @Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
		message = "must be one e-mail address such as name@example.org") String email) {
}
