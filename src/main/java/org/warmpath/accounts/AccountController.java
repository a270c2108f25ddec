package org.warmpath.accounts;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	AccountView create(@Valid @RequestBody NewAccount request) {
		return this.accounts.create(request);
	}

	@GetMapping("/accounts")
	@PreAuthorize("hasRole('ADMIN')")
	List<AccountView> list() {
		return this.accounts.list();
	}

	@PostMapping("/accounts/{username}/disable")
	@PreAuthorize("hasRole('ADMIN')")
	AccountView disable(@PathVariable String username) {
		return this.accounts.setEnabled(username, false);
	}

	@PostMapping("/accounts/{username}/enable")
	@PreAuthorize("hasRole('ADMIN')")
	AccountView enable(@PathVariable String username) {
		return this.accounts.setEnabled(username, true);
	}

	/**
	 * Sets the programmes a PROGRAMME_LEAD account leads: {@code {"programmes": [ids]}}.
	 */
	@PutMapping("/accounts/{username}/programmes")
	@PreAuthorize("hasRole('ADMIN')")
	AccountView setProgrammes(@PathVariable String username, @Valid @RequestBody LedProgrammes request) {
		return this.accounts.setProgrammes(username, request.programmes());
	}

	/**
	 * The programmes a lead leads.
	 *
	 * @param programmes programme ids
	 */
	record LedProgrammes(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(
			max = 50) List<@jakarta.validation.constraints.NotBlank String> programmes) {
	}

	/** The e-mail address notifications go to (none: {@code {"email": null}}). */
	@GetMapping("/me/email")
	EmailAddress email(@AuthenticationPrincipal CurrentUser user) {
		return this.accounts.email(user.getUsername());
	}

	/** Sets ({@code null}: removes) the e-mail address notifications go to. */
	@PutMapping("/me/email")
	EmailAddress setEmail(@Valid @RequestBody EmailAddress address, @AuthenticationPrincipal CurrentUser user) {
		return this.accounts.setEmail(user.getUsername(), address);
	}

	/** Who am I: the UI shows the signed-in name and role from this. */
	@GetMapping("/me")
	MyAccount me(@AuthenticationPrincipal CurrentUser user) {
		return MyAccount.of(user);
	}

}
