package org.warmpath.web;

import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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

	private static final String SECURITY_FILTER_CHAIN = "springSecurityFilterChain";

	/** The filter Spring Security wraps its chain in when Spring MVC is present. */
	private static final String MVC_WRAPPER = "org.springframework.security.config.annotation.web.configuration."
			+ "WebMvcSecurityConfiguration$CompositeFilterChainProxy";

	/**
	 * The health status and the probes, which answer UP or DOWN and nothing more to
	 * anyone but an admin ({@code management.endpoint.health.roles}); a component's own
	 * path, metrics, info and the projection state are for admins only.
	 */
	private static final RequestMatcher PUBLIC_HEALTH = new OrRequestMatcher(
			paths("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"));

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
			.csrf(c -> c.ignoringRequestMatchers(paths("/api/**")))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_HEALTH)
				.permitAll()
				.requestMatchers(paths("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/error"))
				.permitAll()
				.requestMatchers(paths("/api/import/**", "/api/accounts/**"))
				.hasRole("ADMIN")
				.requestMatchers(EndpointRequest.toAnyEndpoint(), paths("/actuator/**")[0])
				.hasRole("ADMIN")
				.requestMatchers(paths("/api/**"))
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

	/**
	 * Path patterns matched on the request's path alone: Spring Security's
	 * {@code requestMatchers(String...)} makes MVC matchers, which ask Spring MVC's
	 * handler mappings which handler a request goes to, so Spring Security wraps its
	 * whole filter chain in a filter that looks the handler up once per request for them
	 * (see {@link #noHandlerLookupBeforeTheChain}). Every pattern here names whole path
	 * segments, which both kinds of matcher read alike.
	 */
	static RequestMatcher[] paths(String... patterns) {
		PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
		RequestMatcher[] out = new RequestMatcher[patterns.length];
		for (int i = 0; i < patterns.length; i++) {
			out[i] = builder.matcher(patterns[i]);
		}
		return out;
	}

	/**
	 * Spring Security's filter chain as it is, without the handler lookup Spring Security
	 * puts in front of it whenever Spring MVC is present
	 * ({@code WebMvcSecurityConfiguration}: a filter that looks up the request's handler
	 * and CORS configuration and keeps them for MVC request matchers and for
	 * {@code cors()} taken from the handler mappings). This app uses neither: its
	 * matchers read the path ({@link #paths}) and it configures no CORS. The lookup ran
	 * on every request on top of the dispatcher's own, 3% of a loaded server's request
	 * threads (docs/benchmarks.md, issue 13, session 13). Runs after every bean
	 * definition registry post-processor, Spring Security's wrapping among them, and puts
	 * back the definition it wrapped; a chain already unwrapped, or wrapped some other
	 * way, is left as it is.
	 */
	@Bean
	static BeanFactoryPostProcessor noHandlerLookupBeforeTheChain() {
		return factory -> {
			if (!(factory instanceof BeanDefinitionRegistry registry)
					|| !registry.containsBeanDefinition(SECURITY_FILTER_CHAIN)) {
				return;
			}
			BeanDefinition wrapper = registry.getBeanDefinition(SECURITY_FILTER_CHAIN);
			if (!MVC_WRAPPER.equals(wrapper.getBeanClassName())) {
				return;
			}
			ConstructorArgumentValues.ValueHolder filters = wrapper.getConstructorArgumentValues()
				.getIndexedArgumentValue(0, null);
			if (filters != null && filters.getValue() instanceof List<?> list && list.size() == 2
					&& list.get(1) instanceof BeanDefinition chain) {
				registry.removeBeanDefinition(SECURITY_FILTER_CHAIN);
				registry.registerBeanDefinition(SECURITY_FILTER_CHAIN, chain);
			}
		};
	}

	/** 503 with Retry-After, for filters that cannot reach the database. */
	static void writeDatabaseUnavailable(HttpServletResponse response) throws java.io.IOException {
		response.setHeader("Retry-After", ApiExceptionHandler.RETRY_AFTER_SECONDS);
		ProblemResponses.write(response, ApiExceptionHandler.databaseUnavailableProblem());
	}

}
