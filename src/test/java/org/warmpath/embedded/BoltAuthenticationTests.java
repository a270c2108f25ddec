package org.warmpath.embedded;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The running app's Bolt port is no back door: a local process without the credentials
 * cannot read the graph (or the accounts' password hashes), while the app itself works.
 */
@WarmPathTest
class BoltAuthenticationTests {

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	MockMvc mvc;

	@Test
	void anUnauthenticatedBoltConnectionIsRefusedAndTheAppStillWorks() throws Exception {
		try (Driver intruder = GraphDatabase.driver(this.embedded.boltUri(), AuthTokens.none())) {
			assertThatThrownBy(intruder::verifyConnectivity).isInstanceOfAny(AuthenticationException.class,
					ClientException.class);
		}
		try (Driver guesser = GraphDatabase.driver(this.embedded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(guesser::verifyConnectivity).isInstanceOfAny(AuthenticationException.class,
					ClientException.class);
		}
		this.mvc.perform(get("/api/me").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
	}

}
