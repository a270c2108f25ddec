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
 * one user name from one address, before the password is even checked. Keyed by name and
 * address, so a guesser elsewhere cannot lock the real user out. Not a bean: the security
 * configuration places it just before the Basic authentication filter.
 */
public class LoginThrottle extends OncePerRequestFilter {

	private final RateLimits limits;

	public LoginThrottle(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = username + "\u0000" + request.getRemoteAddr();
		long wait = this.limits.loginBlockedFor(key);
		if (wait > 0) {
			ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
					"Too many failed sign-ins", "Too many failed sign-ins; try again in " + wait + " s");
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			ProblemResponses.write(response, problem);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			this.limits.loginFailed(key);
		}
		else {
			this.limits.loginSucceeded(key);
		}
	}

	private static String basicUsername(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
