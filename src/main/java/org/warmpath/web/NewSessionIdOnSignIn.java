package org.warmpath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Session fixation protection for HTTP Basic, which Spring Security's session management
 * does not apply: the Basic filter saves the context only when it has just checked a
 * password (a sign-in, including the web app's {@code GET /api/me}), and this gives the
 * session that is about to hold the authentication a new id first. An id that existed
 * before, perhaps planted by someone else, then carries no authentication.
 */
final class NewSessionIdOnSignIn implements SecurityContextRepository {

	private final SecurityContextRepository delegate;

	private final SessionAuthenticationStrategy strategy = new ChangeSessionIdAuthenticationStrategy();

	NewSessionIdOnSignIn(SecurityContextRepository delegate) {
		this.delegate = delegate;
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = context.getAuthentication();
		if (authentication != null && authentication.isAuthenticated()) {
			// changes the id only of a session that already exists; a new one gets a new
			// id anyway
			this.strategy.onAuthentication(authentication, request, response);
		}
		this.delegate.saveContext(context, request, response);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder requestResponseHolder) {
		return this.delegate.loadContext(requestResponseHolder);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return this.delegate.loadDeferredContext(request);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.delegate.containsContext(request);
	}

}
