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
 * Answers 429 with {@code Retry-After} when an account runs path, mutual or mentor
 * queries faster than {@code warmpath.rate-limit.queries-per-minute}.
 */
@Configuration(proxyBeanMethods = false)
class QueryRateLimit implements WebMvcConfigurer, HandlerInterceptor {

	private final RateLimits limits;

	QueryRateLimit(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/paths", "/api/paths/**", "/api/mentors/recommendations", "/api/people/*/mutuals/*");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getAuthorities()
			.stream()
			.anyMatch(a -> this.limits.properties().exemptRoles().contains(a.getAuthority().replace("ROLE_", "")))) {
			return true;
		}
		long wait = this.limits.tryQuery(auth.getName());
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

}
