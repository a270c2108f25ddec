package org.warmpath.accounts;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as Spring Security sees it, carrying the person a member speaks
 * for so that object-level checks need no extra lookup.
 */
public class CurrentUser extends User {

	private final String personId;

	CurrentUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			String personId) {
		super(username, password, enabled, true, true, true, authorities);
		this.personId = personId;
	}

	/** The person this account is linked to, or {@code null} for staff accounts. */
	public String personId() {
		return this.personId;
	}

}
