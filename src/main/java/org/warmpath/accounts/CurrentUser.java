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

	private final java.util.Set<String> programmes;

	CurrentUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			String personId, Collection<String> programmes) {
		super(username, password, enabled, true, true, true, authorities);
		this.personId = personId;
		this.programmes = (programmes == null) ? java.util.Set.of() : java.util.Set.copyOf(programmes);
	}

	/**
	 * The programmes this account leads (a PROGRAMME_LEAD), as they were when it signed
	 * in; empty for everyone else.
	 */
	public java.util.Set<String> programmes() {
		return this.programmes;
	}

	/** The person this account is linked to, or {@code null} for staff accounts. */
	public String personId() {
		return this.personId;
	}

}
