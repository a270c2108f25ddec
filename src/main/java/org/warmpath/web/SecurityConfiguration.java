package org.warmpath.web;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
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
 * costs about 50-100 ms by design). Cookies are {@code SameSite=Strict}, which is why
 * CSRF tokens are not required for the JSON API. A sign-in gives the session a new id
 * ({@link NewSessionIdOnSignIn}). Repeated failed sign-ins for one user name and address
 * are refused with 429 before bcrypt runs ({@link LoginThrottle}). Scripts send
 * {@code Authorization: Bearer} with a personal access token instead
 * ({@link BearerTokenFilter}): checked by its SHA-256 on every request, never kept in a
 * session.
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

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, RateLimits limits, AccountManagement accounts,
			DatabaseAvailability availability, AccessTokens tokens) throws Exception {
		var contextRepository = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		http.addFilterBefore(new LoginThrottle(limits), BasicAuthenticationFilter.class)
			.addFilterBefore(
					new BearerTokenFilter(tokens, availability, SecurityConfiguration::writeDatabaseUnavailable),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new ActiveAccountFilter(accounts, availability), BasicAuthenticationFilter.class)
			.securityContext(c -> c.securityContextRepository(contextRepository))
			.csrf(c -> c.ignoringRequestMatchers(new AntPathRequestMatcher("/api/**")))
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
