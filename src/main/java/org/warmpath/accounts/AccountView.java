package org.warmpath.accounts;

import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it: never the password hash.
 *
 * @param username the user name
 * @param roles its roles
 * @param personId the linked person, if any
 * @param enabled whether it can sign in
 * @param createdAt when it was created
 * @param programmes the programmes a PROGRAMME_LEAD leads (empty otherwise)
 */
public record AccountView(String username, List<String> roles, String personId, boolean enabled, Instant createdAt,
		List<String> programmes) {

	static AccountView of(Account a) {
		return new AccountView(a.username(), a.roles(), a.personId(), a.enabled(), a.createdAt(), a.ledProgrammes());
	}

}
