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
import org.warmpath.ratelimits.RateLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member cannot use introduction requests, directory searches or network views as an
 * oracle of who knows whom: a hidden tie is answered as no tie, quotas are checked before
 * any tie, and every such request counts against the member's query rate limit.
 */
@WarmPathTest
class OracleTests {

	private final MockMvc mvc;

	private final TestData data;

	private final RateLimits limits;

	private final ObjectMapper json;

	@Autowired
	OracleTests(MockMvc mvc, TestData data, RateLimits limits, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.limits = limits;
		this.json = json;
	}

	private MvcResult ask(MemberAccounts accounts, String account, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(post("/api/introductions").with(accounts.as(account))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andReturn();
	}

	/**
	 * Status, content type and the problem without its instance, as one comparable text.
	 */
	private String answer(MvcResult result) throws Exception {
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		if (body.isObject()) {
			((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("instance");
		}
		return result.getResponse().getStatus() + " " + result.getResponse().getContentType() + " " + body;
	}

	private void makePrivate(MemberAccounts accounts, String account) throws Exception {
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(account));
	}

	@Test
	void anIntroducerWhoseTieToTheTargetIsHiddenIsAnsweredLikeOneWithNoTie() throws Exception {
		// via knows shy (who keeps ties private) but not stranger
		TestGraphs g = this.data.graph().people("me", "via", "shy", "stranger").ties("me-via:0.8", "via-shy:0.7");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		makePrivate(accounts, accounts.member(g.id("shy")));
		String hidden = answer(ask(accounts, me, Map.of("target", g.id("shy"), "via", g.id("via"))));
		String none = answer(ask(accounts, me, Map.of("target", g.id("stranger"), "via", g.id("via"))));
		assertThat(none).startsWith("422 application/problem+json");
		assertThat(hidden).isEqualTo(none);
	}

	@Test
	void aNamedPathThroughAHiddenTieIsAnsweredLikeOneThroughNoTie() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "via", "mid", "shy", "stranger")
			.ties("me-via:0.8", "via-mid:0.7", "mid-shy:0.6", "me-stranger:0.5", "me-shy:0.5");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		makePrivate(accounts, accounts.member(g.id("mid")));
		// mid keeps ties private: mid-shy exists but is hidden from me; mid-stranger does
		// not exist
		String hidden = answer(ask(accounts, me, Map.of("target", g.id("shy"), "via", g.id("via"), "path",
				List.of(g.id("me"), g.id("via"), g.id("mid"), g.id("shy")))));
		String none = answer(ask(accounts, me, Map.of("target", g.id("stranger"), "via", g.id("via"), "path",
				List.of(g.id("me"), g.id("via"), g.id("mid"), g.id("stranger")))));
		assertThat(none).startsWith("422 application/problem+json");
		assertThat(hidden.replace(g.id("shy"), "T")).isEqualTo(none.replace(g.id("stranger"), "T"));
	}

	@Test
	void quotasAreCheckedBeforeTies() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "h1", "h2", "h3", "h4", "h5", "t1", "t2", "t3", "t4", "t5", "x")
			.ties("me-h1:0.5", "me-h2:0.5", "me-h3:0.5", "me-h4:0.5", "me-h5:0.5", "h1-t1:0.5", "h2-t2:0.5",
					"h3-t3:0.5", "h4-t4:0.5", "h5-t5:0.5");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		for (int i = 1; i <= 5; i++) {
			assertThat(
					ask(accounts, me, Map.of("target", g.id("t" + i), "via", g.id("h" + i))).getResponse().getStatus())
				.isEqualTo(201);
		}
		// h1 does not know x: with the quota used up, the answer is the quota, whatever
		// the ties
		MvcResult result = ask(accounts, me, Map.of("target", g.id("x"), "via", g.id("h1")));
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat(result.getResponse().getContentAsString()).contains("requester-quota-reached");
	}

	/** Runs the request until it answers 429; the number that passed. */
	private int untilLimited(RequestBuilder request) throws Exception {
		int allowed = this.limits.properties().queriesPerMinute();
		for (int i = 0; i < 2 * allowed; i++) {
			MvcResult r = this.mvc.perform(request).andReturn();
			if (r.getResponse().getStatus() == 429) {
				assertThat(r.getResponse().getHeader("Retry-After")).matches("[1-9][0-9]*");
				assertThat(r.getResponse().getContentAsString()).contains("rate-limited");
				return i;
			}
		}
		return -1;
	}

	@Test
	void introductionRequestsDirectorySearchesAndNetworkViewsAreRateLimited() throws Exception {
		TestGraphs g = this.data.graph().people("me", "via", "other").ties("me-via:0.8");
		MemberAccounts accounts = this.data.accounts();
		int allowed = this.limits.properties().queriesPerMinute();
		List<RequestBuilder> probes = new ArrayList<>();
		String asker = accounts.member(g.id("me"));
		probes.add(post("/api/introductions").with(accounts.as(asker))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\": \"" + g.id("other") + "\", \"via\": \"" + g.id("via") + "\"}"));
		probes.add(get("/api/people?q=Test").with(accounts.as(accounts.member(g.id("me")))));
		probes
			.add(get("/api/people/" + g.id("via") + "/network?depth=2").with(accounts.as(accounts.member(g.id("me")))));
		for (RequestBuilder probe : probes) {
			assertThat(untilLimited(probe)).isBetween(allowed, 2 * allowed - 1);
		}
		// listing one's introductions is not a query
		this.mvc.perform(get("/api/introductions").with(accounts.as(asker))).andExpect(status().isOk());
	}

	@Test
	void aMembersCypherEnginePathQueryCostsTenQueries() throws Exception {
		TestGraphs g = this.data.graph().people("me", "you").ties("me-you:0.5");
		MemberAccounts accounts = this.data.accounts();
		int allowed = this.limits.properties().queriesPerMinute();
		int passed = untilLimited(get("/api/paths?k=1&engine=cypher&from=" + g.id("me") + "&to=" + g.id("you"))
			.with(accounts.as(accounts.member(g.id("me")))));
		assertThat(passed).isBetween(allowed / 10, allowed / 10 + 2);
	}

}
