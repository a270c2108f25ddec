package org.warmpath.ratelimits;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers 429 with {@code Retry-After} when an account runs the queries that read the
 * network faster than {@code warmpath.rate-limit.queries-per-minute}: paths, mutuals,
 * mentor recommendations, ego networks, directory searches ({@code GET /api/people?q=})
 * and introduction requests ({@code POST /api/introductions} and
 * {@code POST /api/introductions/blind}). Each of these can tell a member something about
 * who knows whom, so none may be asked without bound. A member's path query on the Cypher
 * or the JGraphT engine (slow references meant for analysts and admins, and much dearer
 * to run) costs {@link #CYPHER_ENGINE_COST} queries; a member's import of their own
 * LinkedIn file {@link #MY_IMPORT_COST}.
 */
@Configuration(proxyBeanMethods = false)
class QueryRateLimit implements WebMvcConfigurer, HandlerInterceptor {

	/**
	 * What a member's {@code engine=cypher} or {@code engine=jgrapht} path query costs.
	 */
	static final int CYPHER_ENGINE_COST = 10;

	/**
	 * What a member's import of their own file ({@code POST /api/me/import/linkedin})
	 * costs: it writes up to thousands of people and ties.
	 */
	static final int MY_IMPORT_COST = 10;

	private final RateLimits limits;

	QueryRateLimit(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/paths", "/api/paths/**", "/api/mentors/recommendations", "/api/people/*/mutuals/*",
					"/api/people/*/network", "/api/people", "/api/introductions", "/api/introductions/blind",
					"/api/me/import/linkedin");
	}

	/** Whether this request is one the limit counts (some patterns match other uses). */
	private static boolean counted(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/api/introductions") || path.equals("/api/introductions/")
				|| path.equals("/api/introductions/blind")) {
			return "POST".equals(request.getMethod());
		}
		if (path.equals("/api/people") || path.equals("/api/people/")) {
			String q = request.getParameter("q");
			return "GET".equals(request.getMethod()) && q != null && !q.isBlank();
		}
		return true;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!counted(request)) {
			return true;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getAuthorities()
			.stream()
			.anyMatch(a -> this.limits.properties().exemptRoles().contains(a.getAuthority().replace("ROLE_", "")))) {
			return true;
		}
		long wait = this.limits.tryQuery(auth.getName(), cost(request, auth));
		if (wait == 0) {
			return true;
		}
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
				"You have run " + this.limits.properties().queriesPerMinute()
						+ " queries in the last minute; try again in " + wait + " s");
		Map.of("retryAfterSeconds", wait).forEach(problem::setProperty);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		ProblemResponses.write(response, problem);
		return false;
	}

	/** Ten for a path query on a slow engine by anyone but an analyst, else one. */
	private static int cost(HttpServletRequest request, Authentication auth) {
		String engine = String.valueOf(request.getParameter("engine")).strip();
		boolean cypher = request.getRequestURI().startsWith(request.getContextPath() + "/api/paths")
				&& ("cypher".equalsIgnoreCase(engine) || "jgrapht".equalsIgnoreCase(engine));
		boolean analyst = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ANALYST"));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/me/import/")) {
			return MY_IMPORT_COST;
		}
		return (cypher && !analyst) ? CYPHER_ENGINE_COST : 1;
	}

}
