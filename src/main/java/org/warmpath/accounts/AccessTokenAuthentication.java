package org.warmpath.accounts;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in with a personal access token: the account's roles, and the token's
 * id so that token-only restrictions (a token cannot mint tokens) can be told apart from
 * a password sign-in.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

	private final CurrentUser user;

	private final String tokenId;

	AccessTokenAuthentication(CurrentUser user, String tokenId) {
		super(user.getAuthorities());
		this.user = user;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentUser getPrincipal() {
		return this.user;
	}

	String tokenId() {
		return this.tokenId;
	}

}
