package org.warmpath.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Erasure leaves no trace outside the person's own nodes either: not in the change feed
 * that other instances read, and not in analytics job results.
 */
@WarmPathTest
class ErasureTraceTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	@Autowired
	ErasureTraceTests(MockMvc mvc, TestData data, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
	}

	private long feedEntriesNaming(String id) {
		return this.data.count("MATCH (c:__WarmPathChange) WHERE c.a = $id OR c.b = $id RETURN count(c) AS n",
				Map.of("id", id));
	}

	@Test
	void anErasedMemberIsNotNamedInTheChangeFeed() throws Exception {
		TestGraphs g = this.data.graph().people("gone", "friend").ties("gone-friend:0.6");
		String id = g.id("gone");
		MemberAccounts accounts = this.data.accounts();
		String gone = accounts.member(id);
		this.mvc
			.perform(patch("/api/me").with(accounts.as(gone))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openToIntroductions\": false}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(delete("/api/people/" + id + "/connections/" + g.id("friend"))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNoContent());
		assertThat(feedEntriesNaming(id)).as("entries before the erasure").isGreaterThanOrEqualTo(2);

		this.mvc.perform(delete("/api/me").with(accounts.as(gone))).andExpect(status().isNoContent());

		assertThat(feedEntriesNaming(id)).as("change feed entries naming the erased person").isZero();
	}

	@Test
	void anErasedMemberIsNotInAnyAnalyticsJobResult() throws Exception {
		TestGraphs g = this.data.graph().people("gone", "friend").ties("gone-friend:0.6");
		String id = g.id("gone");
		MemberAccounts accounts = this.data.accounts();
		String gone = accounts.member(id);
		String analyst = accounts.analyst();
		List<String> jobs = new ArrayList<>();
		for (String start : List.of("/api/analytics/reach/jobs?from=" + id + "&maxHops=2",
				"/api/analytics/communities/jobs?members=true&limit=10000")) {
			JsonNode job = this.json.readTree(this.mvc.perform(post(start).with(accounts.as(analyst)))
				.andExpect(status().isAccepted())
				.andReturn()
				.getResponse()
				.getContentAsString());
			jobs.add(job.get("id").asText());
		}
		for (String job : jobs) {
			String body = "";
			for (int i = 0; i < 600 && !body.contains("\"SUCCEEDED\""); i++) {
				Thread.sleep(50);
				body = this.mvc.perform(get("/api/jobs/" + job).with(accounts.as(analyst)))
					.andReturn()
					.getResponse()
					.getContentAsString();
			}
			assertThat(body).as("job %s before the erasure", job).contains("\"SUCCEEDED\"").contains(id);
		}

		this.mvc.perform(delete("/api/me").with(accounts.as(gone))).andExpect(status().isNoContent());

		for (String job : jobs) {
			String body = this.mvc.perform(get("/api/jobs/" + job).with(accounts.as(analyst)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as("job %s after the erasure", job).doesNotContain(id);
		}
	}

}
