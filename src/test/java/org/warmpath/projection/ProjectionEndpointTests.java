package org.warmpath.projection;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class ProjectionEndpointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Driver driver;

	@Test
	void adminSeesTheProjectionDigestThatNeo4jGivesAfterATieIsAdded() throws Exception {
		String a = "digest-" + UUID.randomUUID();
		String b = "digest-" + UUID.randomUUID();
		for (String id : new String[] { a, b }) {
			this.mvc
				.perform(post("/api/people/" + id).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"Digest " + id + "\"}"))
				.andExpect(status().is2xxSuccessful());
		}
		this.mvc
			.perform(put("/api/people/" + a + "/connections/" + b).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":0.37}"))
			.andExpect(status().is2xxSuccessful());
		ProjectionDigest neo4j = ProjectionDigest.ofNeo4j(this.driver);
		this.mvc.perform(get("/actuator/projection").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current").value(true))
			.andExpect(jsonPath("$.people").value(neo4j.people()))
			.andExpect(jsonPath("$.ties").value(neo4j.ties()))
			.andExpect(jsonPath("$.digest").value(neo4j.digest()));
		this.mvc
			.perform(put("/api/people/" + a + "/connections/" + b).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":0.38}"))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(get("/actuator/projection").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.ties").value(neo4j.ties()))
			.andExpect(jsonPath("$.digest").value(ProjectionDigest.ofNeo4j(this.driver).digest()));
	}

	@Test
	void projectionStateNeedsAnAccount() throws Exception {
		this.mvc.perform(get("/actuator/projection")).andExpect(status().isUnauthorized());
	}

}
