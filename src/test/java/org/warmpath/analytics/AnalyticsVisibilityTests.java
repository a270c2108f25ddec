package org.warmpath.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 from the analyst's side: a member who keeps their connections private is "a
 * private member" (no id, no name) in every analytics answer that would name them for
 * where their ties put them: brokers, articulation points and bridges, community brokers
 * and members, the introduction funnel and the job results holding them. An admin still
 * sees them named.
 */
@WarmPathTest
class AnalyticsVisibilityTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	@Autowired
	AnalyticsVisibilityTests(MockMvc mvc, TestData data, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
	}

	TestGraphs g;

	MemberAccounts accounts;

	RequestPostProcessor analyst;

	RequestPostProcessor admin;

	String hub;

	@BeforeEach
	void graph() throws Exception {
		// a private hub p: between clique a1..a5 and clique b1..b6, with 30 leaves of its
		// own (a top broker, an articulation point, the end of 30 bridges, its
		// community's broker) and the introducer of r to t
		List<String> people = new ArrayList<>(
				List.of("p", "r", "t", "a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5", "b6"));
		List<String> ties = new ArrayList<>(
				List.of("p-a1:0.9", "p-a2:0.9", "p-a3:0.9", "p-b1:0.3", "r-p:0.8", "p-t:0.7"));
		for (String clique : List.of("a1 a2 a3 a4 a5", "b1 b2 b3 b4 b5 b6")) {
			String[] m = clique.split(" ");
			for (int i = 0; i < m.length; i++) {
				for (int j = i + 1; j < m.length; j++) {
					ties.add(m[i] + "-" + m[j] + ":0.8");
				}
			}
		}
		for (int i = 0; i < 30; i++) {
			people.add("leaf" + i);
			ties.add("p-leaf" + i + ":0.5");
		}
		this.g = this.data.graph().people(people.toArray(String[]::new)).ties(ties.toArray(String[]::new));
		this.accounts = this.data.accounts();
		String p = this.accounts.member(this.g.id("p"));
		String r = this.accounts.member(this.g.id("r"));
		String t = this.accounts.member(this.g.id("t"));
		String id = this.json.readTree(this.mvc
			.perform(post("/api/introductions").with(this.accounts.as(r))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", this.g.id("t"), "via", this.g.id("p"), "goal",
						"Career advice", "message", "Hello"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asText();
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(this.accounts.as(p)))
			.andExpect(status().isOk());
		MemberAccounts.makeConnectionsPrivate(this.mvc, this.accounts.as(p));
		this.hub = this.g.id("p");
		this.analyst = this.accounts.as(this.accounts.analyst());
		this.admin = AnalyticsApiTests.ADMIN;
		assertThat(t).isNotNull();
	}

	private JsonNode read(String url, RequestPostProcessor who) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Every text value anywhere in the answer. */
	private static List<String> texts(JsonNode node) {
		List<String> out = new ArrayList<>();
		if (node.isTextual()) {
			out.add(node.asText());
		}
		node.elements().forEachRemaining(child -> out.addAll(texts(child)));
		return out;
	}

	/**
	 * The admin sees the hub named (so the answer would name them), the analyst never.
	 */
	private void namedForAdminOnly(String url) throws Exception {
		assertThat(texts(read(url, this.admin))).as("admin " + url).contains(this.hub, "Test p");
		assertThat(texts(read(url, this.analyst))).as("analyst " + url).doesNotContain(this.hub, "Test p");
	}

	@Test
	void theIntroductionFunnelLeavesAPrivateIntroducerUnnamed() throws Exception {
		namedForAdminOnly("/api/analytics/introductions");
	}

	/**
	 * Reach from a private member would tell an analyst how far their hidden ties reach;
	 * the answer is the 404 an unknown id gets, word for word (a redacted answer would
	 * still say the id is a private member), and a reach job is refused the same way.
	 */
	@Test
	void reachFromAPrivateMemberIsTheAnswerForNobody() throws Exception {
		String unknown = "nobody-" + this.hub;
		String[] urls = { "/api/analytics/reach?maxHops=2&from=%s", "/api/analytics/reach/jobs?maxHops=2&from=%s" };
		for (String url : urls) {
			var request = url.contains("jobs") ? post(url.formatted(this.hub)) : get(url.formatted(this.hub));
			var nobody = url.contains("jobs") ? post(url.formatted(unknown)) : get(url.formatted(unknown));
			String hidden = this.mvc.perform(request.with(this.analyst))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String none = this.mvc.perform(nobody.with(this.analyst))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(hidden.replace(this.hub, unknown)).as(url).isEqualTo(none);
		}
		assertThat(read("/api/analytics/reach?maxHops=2&from=" + this.hub, this.admin).get("total").asLong())
			.as("the admin's answer")
			.isPositive();
		assertThat(read("/api/analytics/reach?maxHops=2&from=" + this.g.id("a4"), this.analyst).get("from").asText())
			.isEqualTo(this.g.id("a4"));
	}

}
