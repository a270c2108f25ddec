package org.warmpath.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.accounts.CurrentUser;
import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled or erased after it signed in: the
 * session would otherwise keep acting for it until it timed out.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final AccountManagement accounts;

	private final DatabaseAvailability availability;

	ActiveAccountFilter(AccountManagement accounts, DatabaseAvailability availability) {
		this.accounts = accounts;
		this.availability = availability;
	}

	/**
	 * Health is public and must answer (DOWN) when the database that holds the accounts
	 * is unreachable, also to a client that has a session.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean active;
		try {
			active = !(auth != null && auth.getPrincipal() instanceof CurrentUser user)
					|| this.accounts.isActive(user.getUsername());
		}
		catch (RuntimeException ex) {
			if (!DatabaseAvailability.isUnreachable(ex)) {
				throw ex;
			}
			// fail closed: whether the account is still enabled cannot be read
			this.availability.reportFailure(ex);
			SecurityConfiguration.writeDatabaseUnavailable(response);
			return;
		}
		if (!active) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "account-inactive",
					"Account disabled", "This account was disabled or removed; sign in again"));
			return;
		}
		chain.doFilter(request, response);
	}

}
