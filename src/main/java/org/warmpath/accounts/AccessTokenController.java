package org.warmpath.accounts;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in account's own credentials: its personal access tokens and its password; and
 * an admin's revocation of anyone's tokens.
 */
@RestController
@RequestMapping("/api")
class AccessTokenController {

	private final AccessTokens tokens;

	private final AccountManagement accounts;

	AccessTokenController(AccessTokens tokens, AccountManagement accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/**
	 * A new token, its value shown in this answer only. Not with a token: a leaked
	 * short-lived token must not be able to mint a long-lived one.
	 */
	@PostMapping("/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	AccessTokenCreated create(@Valid @RequestBody NewAccessToken request, Authentication auth) {
		if (auth instanceof AccessTokenAuthentication) {
			throw Caller.forbidden("Sign in with your password to create access tokens", null);
		}
		return this.tokens.create(auth.getName(), request);
	}

	@GetMapping("/me/tokens")
	List<AccessTokenView> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.tokens.list(user.getUsername());
	}

	@DeleteMapping("/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeMine(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
		this.tokens.revoke(user.getUsername(), id);
	}

	@GetMapping("/accounts/{username}/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	List<AccessTokenView> ofAccount(@PathVariable String username) {
		return this.tokens.list(username);
	}

	@DeleteMapping("/accounts/{username}/tokens/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String username, @PathVariable String id) {
		this.tokens.revoke(username, id);
	}

	/** Changes the caller's password; 403 when the current one is wrong. */
	@PostMapping("/me/password")
	MyAccount changePassword(@Valid @RequestBody PasswordChange change, @AuthenticationPrincipal CurrentUser user) {
		this.accounts.changePassword(user.getUsername(), change);
		return MyAccount.of(user);
	}

}
