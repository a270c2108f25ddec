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
 * Keeps browsers from popping up their own sign-in dialog over the web app: a request the
 * page marks with {@code X-Requested-With: XMLHttpRequest} gets its 401 without the
 * {@code WWW-Authenticate} challenge (the page shows its own sign-in form). API clients
 * that do not send the header still get the challenge.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NoBasicPromptFilter extends OncePerRequestFilter {

	private static final String CHALLENGE = "WWW-Authenticate";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
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

}
