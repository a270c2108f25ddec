package org.warmpath.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with {@code Authorization: Bearer <personal access token>}. The
 * authentication lasts for this request only (it is never saved in a session): a script
 * presents its token every time, and a revoked or expired token or a disabled account is
 * refused from the next request on with a 401 problem. Not a bean: the security
 * configuration places it before the HTTP Basic filter.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	private final DatabaseAvailability availability;

	private final Unavailable unavailable;

	/**
	 * What to answer when the token cannot be checked because the database is down.
	 */
	@FunctionalInterface
	public interface Unavailable {

		void write(HttpServletResponse response) throws IOException;

	}

	/**
	 * The filter, for the security configuration.
	 * @param tokens the tokens
	 * @param availability told when the database cannot be reached
	 * @param unavailable writes the 503 for that case
	 */
	public BearerTokenFilter(AccessTokens tokens, DatabaseAvailability availability, Unavailable unavailable) {
		this.tokens = tokens;
		this.availability = availability;
		this.unavailable = unavailable;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(BEARER.length()).strip();
		AccessTokens.Outcome outcome;
		try {
			outcome = token.isEmpty() || token.length() > 200
					? AccessTokens.Outcome.refused("invalid-token", "Invalid access token", "Malformed access token")
					: this.tokens.authenticate(token);
		}
		catch (RuntimeException ex) {
			if (!DatabaseAvailability.isUnreachable(ex)) {
				throw ex;
			}
			this.availability.reportFailure(ex);
			this.unavailable.write(response);
			return;
		}
		if (outcome.authentication() == null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"WarmPath\", error=\"invalid_token\"");
			ProblemResponses.write(response,
					Problems.of(HttpStatus.UNAUTHORIZED, outcome.type(), outcome.title(), outcome.detail()));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(outcome.authentication());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
