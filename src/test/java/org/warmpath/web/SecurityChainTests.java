package org.warmpath.web;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security filter chain runs without Spring Security's per-request handler lookup in
 * front of it, and its path rules, which read the request's path
 * ({@link SecurityConfiguration#paths}) instead of asking Spring MVC, still hold for
 * paths written the ways a client can write them: percent-encoded letters, a trailing
 * slash, a segment in other case.
 */
@WarmPathTest
class SecurityChainTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void theChainIsNotWrappedInAHandlerLookup() {
		// Spring Security's own chain (a FilterChainProxy, which may wrap the servlet
		// request path filter), not the MVC configuration's handler lookup in front of it
		Object chain = this.context.getBean("springSecurityFilterChain");
		assertThat(chain).isInstanceOf(FilterChainProxy.class);
		assertThat(chain.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");
	}

	@Test
	void adminPathsStayAdminOnlyHoweverThePathIsWritten() throws Exception {
		RequestPostProcessor analyst = this.data.accounts().as(this.data.accounts().analyst());
		for (String path : new String[] { "/api/import/people", "/api/%69mport/people", "/api/import/people/",
				"/api/i%6Dport/connections", "/api/accounts", "/api/%61ccounts" }) {
			this.mvc.perform(post(URI.create(path)).with(analyst).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void apiPathsNeedASignInAndTheDocsDoNot() throws Exception {
		for (String path : new String[] { "/api/paths?from=a&to=b", "/api/%70aths?from=a&to=b", "/api/people/x/",
				"/api/mentors/recommendations?for=x" }) {
			this.mvc.perform(get(URI.create(path))).andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
		// not an API path (paths are case-sensitive): no handler, nothing answered
		this.mvc.perform(get("/API/paths?from=a&to=b")).andExpect(status().isNotFound());
	}

}
