package org.warmpath.ratelimits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses HTTP Basic sign-in with 429 and {@code Retry-After} after too many failures for
 * one user name from one address, before the password is even checked, with a lockout
 * that doubles per further failure ({@link RateLimits#loginBlockedFor}). Keyed by name
 * and client address, so a guesser elsewhere cannot lock the real user out; behind a
 * proxy the client address is the one the proxy puts in {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy}), never the proxy's own. A password over 72
 * bytes (more than bcrypt takes) is a 400 problem. Not a bean: the security configuration
 * places it just before the Basic authentication filter.
 */
public class LoginThrottle extends OncePerRequestFilter {

	/** The most of a password bcrypt reads; longer ones are refused before it runs. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final RateLimits limits;

	public LoginThrottle(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] credentials = basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (credentials == null) {
			chain.doFilter(request, response);
			return;
		}
		if (credentials[1].getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			// bcrypt takes no more; no account has such a password
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"A password is at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
			problem.setProperty("field", "password");
			ProblemResponses.write(response, problem);
			return;
		}
		String username = credentials[0];
		String address = request.getRemoteAddr();
		long wait = this.limits.loginBlockedFor(username, address);
		if (wait > 0) {
			ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
					"Too many failed sign-ins", "Too many failed sign-ins; try again in " + wait + " s");
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			ProblemResponses.write(response, problem);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			this.limits.loginFailed(username, address);
		}
		else {
			this.limits.loginSucceeded(username, address);
		}
	}

	/** User name and password of an HTTP Basic header, or {@code null}. */
	private static String[] basicCredentials(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
