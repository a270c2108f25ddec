package org.warmpath.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.accounts.CurrentUser;
import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled or erased after it signed in: the
 * session would otherwise keep acting for it until it timed out.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final AccountManagement accounts;

	private final ObjectMapper json;

	private final DatabaseAvailability availability;

	ActiveAccountFilter(AccountManagement accounts, ObjectMapper json, DatabaseAvailability availability) {
		this.accounts = accounts;
		this.json = json;
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
			SecurityConfiguration.writeDatabaseUnavailable(this.json, response);
			return;
		}
		if (!active) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.UNAUTHORIZED, "account-inactive",
					"Account disabled", "This account was disabled or removed; sign in again"));
			return;
		}
		chain.doFilter(request, response);
	}

}
