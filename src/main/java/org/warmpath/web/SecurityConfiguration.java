package org.warmpath.web;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletResponse;
import org.warmpath.accounts.AccessTokens;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.accounts.BearerTokenFilter;
import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.problems.ProblemResponses;
import org.warmpath.problems.Problems;
import org.warmpath.ratelimits.LoginThrottle;
import org.warmpath.ratelimits.RateLimits;

/**
 * Every {@code /api} endpoint needs a signed-in account; the health status and the API
 * docs are public; the other operations endpoints are for admins.
 *
 * <p>
 * HTTP Basic authenticates API clients; the authentication is then kept in the session so
 * a client that keeps its cookie pays for one bcrypt check, not one per request (bcrypt
 * costs about 50-100 ms by design). A browser attaches that cookie, and any Basic
 * credentials it once cached, to requests other sites make it send: a state-changing
 * request from another site is refused before authentication
 * ({@link CrossSiteRequestFilter}, checking {@code Origin} and {@code Sec-Fetch-Site}),
 * on top of {@code SameSite=Strict} cookies; that is the API's CSRF defence, so the web
 * app needs no CSRF token and scripts without an {@code Origin} are unaffected. Browsers
 * get no Basic challenge that would make them cache credentials
 * ({@link NoBasicPromptFilter}). Every response carries a Content-Security-Policy without
 * {@code 'unsafe-inline'} ({@link #CONTENT_SECURITY_POLICY}), {@code Referrer-Policy},
 * {@code X-Content-Type-Options: nosniff}, and, on HTTPS (directly or behind the trusted
 * TLS proxy), HSTS. A sign-in gives the session a new id ({@link NewSessionIdOnSignIn}).
 * Repeated failed sign-ins for one user name and address are refused with 429 before
 * bcrypt runs ({@link LoginThrottle}). Scripts send {@code Authorization: Bearer} with a
 * personal access token instead ({@link BearerTokenFilter}): checked by its SHA-256 on
 * every request, never kept in a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * The health status and the probes, which answer UP or DOWN and nothing more to
	 * anyone but an admin ({@code management.endpoint.health.roles}); a component's own
	 * path, metrics, info and the projection state are for admins only.
	 */
	private static final RequestMatcher PUBLIC_HEALTH = new OrRequestMatcher(
			new AntPathRequestMatcher("/actuator/health"), new AntPathRequestMatcher("/actuator/health/liveness"),
			new AntPathRequestMatcher("/actuator/health/readiness"));

	/**
	 * Only this app's own files: the web app and Swagger UI load scripts and styles from
	 * files, never inline (Swagger UI draws some icons from {@code data:} images).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No Spring Security observations, and so none of their wrappers: with observations
	 * merely disabled ({@code management.observations.enable.spring.security}) every
	 * filter of the chain was still wrapped per request in an observation that did
	 * nothing, a tenth of a path answer's CPU (docs/benchmarks.md, issue 13). The request
	 * metric ({@code http.server.requests}) stays.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, RateLimits limits, AccountManagement accounts,
			DatabaseAvailability availability, AccessTokens tokens) throws Exception {
		var contextRepository = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		http.addFilterBefore(new CrossSiteRequestFilter(), CsrfFilter.class)
			.addFilterBefore(new LoginThrottle(limits), BasicAuthenticationFilter.class)
			.addFilterBefore(
					new BearerTokenFilter(tokens, availability, SecurityConfiguration::writeDatabaseUnavailable),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new ActiveAccountFilter(accounts, availability), BasicAuthenticationFilter.class)
			.securityContext(c -> c.securityContextRepository(contextRepository))
			// no saved requests: nothing signs in through a page that would redirect
			// back to one, and looking for one in the session parsed every request's
			// query string
			.requestCache(c -> c.disable())
			.csrf(c -> c.ignoringRequestMatchers(new AntPathRequestMatcher("/api/**")))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_HEALTH)
				.permitAll()
				.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/error")
				.permitAll()
				.requestMatchers("/api/import/**", "/api/accounts/**")
				.hasRole("ADMIN")
				.requestMatchers(EndpointRequest.toAnyEndpoint(), new AntPathRequestMatcher("/actuator/**"))
				.hasRole("ADMIN")
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.httpBasic(b -> b.securityContextRepository(new NewSessionIdOnSignIn(contextRepository))
				.authenticationEntryPoint((request, response, ex) -> {
					if (DatabaseAvailability.isUnreachable(ex)) {
						// the account could not be read: the database is down, the
						// credentials may well be right
						availability.reportFailure(ex);
						writeDatabaseUnavailable(response);
						return;
					}
					response.setHeader("WWW-Authenticate", "Basic realm=\"WarmPath\"");
					ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
							"Authentication required", "Sign in with your WarmPath account"));
				}))
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"WarmPath\"");
				ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
						"Authentication required", "Sign in with your WarmPath account"));
			})
				.accessDeniedHandler(
						(request, response, ex) -> ProblemResponses.write(response, Problems.of(HttpStatus.FORBIDDEN,
								"forbidden", "Forbidden", "You are not allowed to do this with the role you have"))));
		return http.build();
	}

	/** 503 with Retry-After, for filters that cannot reach the database. */
	static void writeDatabaseUnavailable(HttpServletResponse response) throws java.io.IOException {
		response.setHeader("Retry-After", ApiExceptionHandler.RETRY_AFTER_SECONDS);
		ProblemResponses.write(response, ApiExceptionHandler.databaseUnavailableProblem());
	}

}
