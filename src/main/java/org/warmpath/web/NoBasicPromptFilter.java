package org.warmpath.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives browsers no {@code WWW-Authenticate: Basic} challenge: a browser that answers one
 * with its own dialog caches the credentials and then sends them with every request to
 * this site, including ones other sites make it send (see
 * {@link CrossSiteRequestFilter}). The web app shows its own sign-in form and sends the
 * Basic header itself, once, to start a session. A request looks like a browser's when it
 * carries {@code X-Requested-With} (the web app), {@code Sec-Fetch-Mode} (every current
 * browser) or an {@code Accept} that names {@code text/html} (a navigation); it gets its
 * 401 without the challenge, whether or not it sent credentials. curl and other API
 * clients send none of these and still get the challenge.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NoBasicPromptFilter extends OncePerRequestFilter {

	private static final String CHALLENGE = "WWW-Authenticate";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!looksLikeABrowser(request)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setHeader(String name, String value) {
				if (!CHALLENGE.equalsIgnoreCase(name)) {
					super.setHeader(name, value);
				}
			}

			@Override
			public void addHeader(String name, String value) {
				if (!CHALLENGE.equalsIgnoreCase(name)) {
					super.addHeader(name, value);
				}
			}

		});
	}

	static boolean looksLikeABrowser(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getHeader("X-Requested-With") != null || request.getHeader("Sec-Fetch-Mode") != null
				|| (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html"));
	}

}
