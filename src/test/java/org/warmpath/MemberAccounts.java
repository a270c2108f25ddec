package org.warmpath;

import java.util.List;
import java.util.UUID;

import org.warmpath.accounts.AccountManagement;
import org.warmpath.accounts.NewAccount;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creates real accounts in the shared test database and signs requests in as them without
 * paying for a bcrypt check per request.
 */
public final class MemberAccounts {

	/** Password of every account made here. */
	public static final String PASSWORD = "member-test-password";

	private final AccountManagement accounts;

	public MemberAccounts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/** A MEMBER account for the person; returns its user name. */
	public String member(String personId) {
		return create(List.of("MEMBER"), personId);
	}

	/** An ANALYST account; returns its user name. */
	public String analyst() {
		return create(List.of("ANALYST"), null);
	}

	/** Signs a MockMvc request in as the account. */
	public RequestPostProcessor as(String username) {
		UserDetails details = this.accounts.loadUserByUsername(username);
		return user(details);
	}

	/**
	 * The member makes their connections private through {@code PATCH /api/me}, as they
	 * would in the web app.
	 */
	public static void makeConnectionsPrivate(MockMvc mvc, RequestPostProcessor as) throws Exception {
		mvc.perform(patch("/api/me").with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"connectionVisibility\": \"private\"}")).andExpect(status().isOk());
	}

	private String create(List<String> roles, String personId) {
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		this.accounts.create(new NewAccount(username, PASSWORD, roles, personId));
		return username;
	}

}
