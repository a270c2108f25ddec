package org.warmpath.web;

import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operations endpoints tell the public only whether the app is up: the health
 * components (disk paths, the Neo4j version), metrics, info and the projection state are
 * for admins.
 */
@WarmPathTest
class ActuatorAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void publicHealthIsTheStatusAlone() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
		this.mvc.perform(get("/actuator/health/neo4j")).andExpect(status().isUnauthorized());
	}

	@Test
	void anAccountThatIsNoAdminSeesTheStatusAloneAndNoMetricsOrInfo() throws Exception {
		String member = this.data.accounts().analyst();
		this.mvc.perform(get("/actuator/health").with(this.data.accounts().as(member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist());
		for (String endpoint : new String[] { "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator/info", "/actuator/projection", "/actuator", "/actuator/health/diskSpace" }) {
			this.mvc.perform(get(endpoint).with(this.data.accounts().as(member)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void anonymousCallersGetAProblemForMetricsAndInfo() throws Exception {
		for (String endpoint : new String[] { "/actuator/metrics", "/actuator/info", "/actuator/projection" }) {
			this.mvc.perform(get(endpoint))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void anAdminSeesTheComponentsAndTheMetrics() throws Exception {
		this.mvc.perform(get("/actuator/health").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.neo4j.status").value("UP"))
			.andExpect(jsonPath("$.components.diskSpace.details.path").exists());
		this.mvc.perform(get("/actuator/metrics").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names").isArray());
		this.mvc.perform(get("/actuator/info").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
	}

}
