package org.warmpath.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from
 * another site, with 403 {@code cross-site-request}, before any authentication runs. A
 * browser attaches the session cookie and any Basic credentials it once cached to such a
 * request on its own, so neither proves that the person meant it; what a browser cannot
 * let a page forge is the {@code Origin} and {@code Sec-Fetch-Site} headers. Refused:
 * {@code Sec-Fetch-Site: cross-site}, and an {@code Origin} that is not this app's own
 * (including {@code null}, sent by sandboxed and {@code file:} pages). Scripts (curl, the
 * load test) send no {@code Origin} and are unaffected.
 *
 * <p>
 * The app's own origin is the scheme, host and port the request was addressed to: behind
 * the TLS proxy those come from {@code X-Forwarded-Proto} and {@code Host}, honoured only
 * from trusted proxies ({@code server.forward-headers-strategy}, Tomcat's
 * {@code RemoteIpValve}). Not a bean: the security configuration places it ahead of the
 * sign-in filters.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (STATE_CHANGING.contains(request.getMethod()) && isCrossSite(request)) {
			ProblemResponses.write(response,
					Problems.of(HttpStatus.FORBIDDEN, "cross-site-request", "Cross-site request refused",
							"WarmPath only accepts changes from its own pages or from clients that send no Origin"));
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isCrossSite(HttpServletRequest request) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		return origin != null && !isOwnOrigin(origin, request);
	}

	private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
		URI uri;
		try {
			uri = URI.create(origin.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
				&& uri.getHost().equalsIgnoreCase(request.getServerName()) && port(scheme,
						uri.getPort()) == port(request.getScheme().toLowerCase(Locale.ROOT), request.getServerPort());
	}

	private static int port(String scheme, int port) {
		if (port > 0) {
			return port;
		}
		return "https".equals(scheme) ? 443 : 80;
	}

}
