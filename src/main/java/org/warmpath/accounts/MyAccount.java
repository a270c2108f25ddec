package org.warmpath.accounts;

import java.util.List;

/**
 * Who is signed in ({@code GET /api/me}): the web app shows the name and roles and acts
 * for the linked person.
 *
 * @param username the account's user name
 * @param roles its roles, sorted, without the {@code ROLE_} prefix
 * @param personId the linked person, empty when the account speaks for nobody
 * @param programmes the programmes a PROGRAMME_LEAD leads (empty for everyone else)
 */
public record MyAccount(String username, List<String> roles, String personId, List<String> programmes) {

	static MyAccount of(CurrentUser user) {
		return new MyAccount(user.getUsername(),
				user.getAuthorities().stream().map(a -> a.getAuthority().substring(5)).sorted().toList(),
				(user.personId() == null) ? "" : user.personId(), user.programmes().stream().sorted().toList());
	}

}
