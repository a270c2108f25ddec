package org.warmpath.introductions;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 in introduction answers: the only tie an introduction shows besides the
 * parties is the requester-introducer tie's strength. Its ends see it; the target sees it
 * only when the visibility rule shows them that tie, so not when the requester keeps
 * their ties private. The parties always see each other named.
 */
@WarmPathTest
class IntroductionVisibilityTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	@Autowired
	IntroductionVisibilityTests(MockMvc mvc, TestData data, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
	}

	@Test
	void theTargetDoesNotSeeTheStrengthOfAPrivateRequestersTie() throws Exception {
		TestGraphs g = this.data.graph().people("req", "intro", "tgt").ties("req-intro:0.8", "intro-tgt:0.6");
		MemberAccounts accounts = this.data.accounts();
		String req = accounts.member(g.id("req"));
		String intro = accounts.member(g.id("intro"));
		String tgt = accounts.member(g.id("tgt"));
		String body = this.json.writeValueAsString(
				Map.of("target", g.id("tgt"), "via", g.id("intro"), "goal", "Career advice", "message", "Hello"));
		String id = this.json
			.readTree(
					this.mvc
						.perform(post("/api/introductions").with(accounts.as(req))
							.contentType(MediaType.APPLICATION_JSON)
							.content(body))
						.andExpect(status().isCreated())
						.andReturn()
						.getResponse()
						.getContentAsString())
			.get("id")
			.asText();
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(accounts.as(intro)))
			.andExpect(status().isOk());
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(req));
		// the ends of the tie see its strength
		for (String party : new String[] { req, intro }) {
			this.mvc.perform(get("/api/introductions/" + id).with(accounts.as(party)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.tieStrength").value(0.8));
		}
		// the target sees who asked and through whom, not the strength of their tie
		this.mvc.perform(get("/api/introductions/" + id).with(accounts.as(tgt)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requester.id").value(g.id("req")))
			.andExpect(jsonPath("$.introducer.id").value(g.id("intro")))
			.andExpect(jsonPath("$.tieStrength", nullValue()));
		this.mvc.perform(get("/api/introductions?role=target").with(accounts.as(tgt)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].tieStrength", nullValue()));
	}

}
