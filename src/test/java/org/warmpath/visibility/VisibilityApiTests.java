package org.warmpath.visibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.projection.Projection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two leaks of issue 12, seen from a member's side: what the mutuals answer hides,
 * the path answer must hide too; and mentor recommendations show nobody beyond two hops
 * by id.
 */
@WarmPathTest
class VisibilityApiTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	private final Projection projection;

	@Autowired
	VisibilityApiTests(MockMvc mvc, TestData data, ObjectMapper json, Projection projection) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
		this.projection = projection;
	}

	private JsonNode read(String url, String username, MemberAccounts accounts) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url).with(accounts.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void pathsDoNotNameTheMutualsThatAPrivateMembersMutualsAnswerHides() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "m1", "m2", "them")
			.ties("me-m1:0.9", "m1-them:0.8", "me-m2:0.7", "m2-them:0.6");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		String them = accounts.member(g.id("them"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(them));
		this.mvc.perform(get("/api/people/" + g.id("me") + "/mutuals/" + g.id("them")).with(accounts.as(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(2))
			.andExpect(jsonPath("$.mutuals", hasSize(0)));
		// applied in place by the change, and read again by a rebuild
		for (String engine : new String[] { "graph", "cypher", "rebuilt" }) {
			if (engine.equals("rebuilt")) {
				this.projection.rebuildNow();
				engine = "graph";
			}
			JsonNode answer = read("/api/paths?from=" + g.id("me") + "&to=" + g.id("them")
					+ "&mode=fewest&k=10&maxHops=2&engine=" + engine, me, accounts);
			assertThat(answer.get("paths")).as(engine).hasSize(2);
			String text = answer.toString();
			assertThat(text).as(engine).doesNotContain(g.id("m1"), g.id("m2"), "Test m1", "Test m2");
			for (JsonNode path : answer.get("paths")) {
				assertThat(path.get("people").get(1).isNull()).isTrue();
				assertThat(path.get("people").get(2).asText()).isEqualTo(g.id("them"));
				// neither the hidden tie's details nor those of my own tie to the
				// anonymous
				// hop, which would say who they are
				for (JsonNode step : path.get("steps")) {
					assertThat(step.get("context").isNull()).as(engine).isTrue();
					assertThat(step.get("since").isNull()).as(engine).isTrue();
				}
			}
		}
	}

	@Test
	void mentorRecommendationsNameNobodyBeyondTwoHopsNorAcrossAPrivateTie() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "a", "b", "c", "mentor:mentor=3", "shy", "mentor2:mentor=3")
			.ties("me-a:0.9", "a-b:0.9", "b-c:0.9", "c-mentor:0.9", "me-shy:0.9", "shy-mentor2:0.9");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		String shy = accounts.member(g.id("shy"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(shy));
		JsonNode answer = read("/api/mentors/recommendations?for=" + g.id("me") + "&limit=50", me, accounts);
		String text = answer.toString();
		assertThat(text).doesNotContain(g.id("c"), g.id("shy"));
		int seen = 0;
		for (JsonNode mentor : answer.get("mentors")) {
			JsonNode path = mentor.get("path");
			if (mentor.get("person").get("id").asText().equals(g.id("mentor"))) {
				assertThat(path.get("people").get(1).asText()).isEqualTo(g.id("a"));
				assertThat(path.get("people").get(2).asText()).isEqualTo(g.id("b"));
				assertThat(path.get("people").get(3).isNull()).isTrue();
				seen++;
			}
			if (mentor.get("person").get("id").asText().equals(g.id("mentor2"))) {
				assertThat(path.get("people").get(1).isNull()).isTrue();
				seen++;
			}
		}
		assertThat(seen).isEqualTo(2);
	}

	@Test
	void theNetworkPictureCountsOnlyTheTiesTheViewerMaySee() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "shy", "a", "b", "c")
			.ties("me-shy:0.9", "shy-a:0.8", "shy-b:0.7", "shy-c:0.6");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		String shy = accounts.member(g.id("shy"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(shy));
		JsonNode network = read("/api/people/" + g.id("me") + "/network?depth=2", me, accounts);
		JsonNode shyNode = null;
		for (JsonNode n : network.get("nodes")) {
			if (g.id("shy").equals(n.get("id").asText())) {
				shyNode = n;
			}
		}
		assertThat(shyNode).as("my direct contact shows").isNotNull();
		// four ties in all; the viewer may see only the one to themselves
		assertThat(shyNode.get("degree").asInt()).isEqualTo(1);
		assertThat(network.toString()).doesNotContain(g.id("a"), g.id("b"), g.id("c"));
	}

}
