package org.warmpath.introductions;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, blind introductions: a member asks for an introduction to someone reachable
 * only through people whose ties they may not see; WarmPath asks along the route on their
 * behalf and the member learns each introducer only when that person accepts.
 */
@WarmPathTest
class BlindIntroductionTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	@Autowired
	BlindIntroductionTests(MockMvc mvc, TestData data, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
	}

	@Test
	void theRequesterLearnsAHiddenIntroducerOnlyWhenTheyAccept() throws Exception {
		TestGraphs g = this.data.graph()
			.people("req", "hidden", "target", "stranger")
			.ties("req-hidden:0.8", "hidden-target:0.7", "stranger-target:0.9");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		RequestPostProcessor hidden = accounts.as(accounts.member(g.id("hidden")));
		RequestPostProcessor target = accounts.as(accounts.member(g.id("target")));
		RequestPostProcessor stranger = accounts.as(accounts.member(g.id("stranger")));
		MemberAccounts.makeConnectionsPrivate(this.mvc, hidden);
		// naming the hidden member does not work: the tie to the target is not the
		// requester's to see
		this.mvc
			.perform(post("/api/introductions").with(req)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", g.id("target"), "via", g.id("hidden")))))
			.andExpect(status().isUnprocessableEntity());

		JsonNode asked = read(askBlind(req, g.id("target")).andExpect(status().isCreated()));
		String id = asked.get("id").asText();
		assertThat(asked.get("blind").asBoolean()).isTrue();
		assertThat(asked.get("status").asText()).isEqualTo("REQUESTED");
		assertAnonymous(asked.get("introducer"));
		assertThat(asked.get("introducers")).hasSize(1);
		assertAnonymous(asked.get("introducers").get(0));
		assertThat(asked.get("target").get("id").asText()).isEqualTo(g.id("target"));
		assertThat(asked.toString()).doesNotContain(g.id("hidden")).doesNotContain("Test hidden");
		for (String url : new String[] { "/api/introductions/" + id, "/api/introductions?role=requester" }) {
			String body = this.mvc.perform(get(url).with(req))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).contains(id).doesNotContain(g.id("hidden")).doesNotContain("Test hidden");
		}

		// the introducer sees who asks and whom to introduce them to
		JsonNode theirs = only(read(this.mvc.perform(get("/api/introductions?role=introducer").with(hidden))), id);
		assertThat(theirs.get("requester").get("id").asText()).isEqualTo(g.id("req"));
		assertThat(theirs.get("introducer").get("id").asText()).isEqualTo(g.id("hidden"));
		assertThat(theirs.get("target").get("id").asText()).isEqualTo(g.id("target"));
		assertThat(theirs.get("goal").asText()).isEqualTo("Career advice");

		// the target and strangers do not find it before the introducer accepted
		this.mvc.perform(get("/api/introductions/" + id).with(target)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/introductions/" + id).with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(stranger)).andExpect(status().isNotFound());

		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(hidden)).andExpect(status().isOk());
		JsonNode accepted = read(this.mvc.perform(get("/api/introductions/" + id).with(req)));
		assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("introducer").get("id").asText()).isEqualTo(g.id("hidden"));
		assertThat(accepted.get("introducer").get("name").asText()).isEqualTo("Test hidden");
		assertThat(accepted.get("introducer").get("anonymous").asBoolean()).isFalse();
		this.mvc.perform(get("/api/introductions/" + id).with(target)).andExpect(status().isOk());
		this.mvc.perform(get("/api/introductions/" + id).with(stranger)).andExpect(status().isNotFound());

		this.mvc.perform(post("/api/introductions/" + id + "/complete").with(req)).andExpect(status().isOk());
		assertThat(this.data.count(
				"MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b}) WHERE k.context = 'introduction' RETURN count(k)",
				Map.of("a", g.id("req"), "b", g.id("target"))))
			.isEqualTo(1);
	}

	@Test
	void aTwoHopHiddenChainMovesOnHopByHop() throws Exception {
		TestGraphs g = this.data.graph()
			.people("req", "hidden1", "hidden2", "target")
			.ties("req-hidden1:0.8", "hidden1-hidden2:0.8", "hidden2-target:0.8");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		RequestPostProcessor first = accounts.as(accounts.member(g.id("hidden1")));
		RequestPostProcessor second = accounts.as(accounts.member(g.id("hidden2")));
		RequestPostProcessor target = accounts.as(accounts.member(g.id("target")));
		MemberAccounts.makeConnectionsPrivate(this.mvc, first);
		MemberAccounts.makeConnectionsPrivate(this.mvc, second);

		String id = read(askBlind(req, g.id("target")).andExpect(status().isCreated())).get("id").asText();
		// the first introducer is asked to introduce the requester to the second, and
		// learns nothing of the hops after
		JsonNode atFirst = read(this.mvc.perform(get("/api/introductions/" + id).with(first)));
		assertThat(atFirst.get("target").get("id").asText()).isEqualTo(g.id("hidden2"));
		assertThat(atFirst.toString()).doesNotContain(g.id("target"));
		this.mvc.perform(get("/api/introductions/" + id).with(second)).andExpect(status().isNotFound());

		JsonNode afterFirst = read(
				this.mvc.perform(post("/api/introductions/" + id + "/accept").with(first)).andExpect(status().isOk()));
		assertThat(afterFirst.get("status").asText()).isEqualTo("ACCEPTED");
		assertThat(afterFirst.toString()).doesNotContain(g.id("target"));

		JsonNode mine = read(this.mvc.perform(get("/api/introductions/" + id).with(req)));
		assertThat(mine.get("status").asText()).isEqualTo("REQUESTED");
		assertAnonymous(mine.get("introducer"));
		assertThat(mine.get("introducers").get(0).get("id").asText()).isEqualTo(g.id("hidden1"));
		assertAnonymous(mine.get("introducers").get(1));
		assertThat(mine.toString()).doesNotContain(g.id("hidden2"));

		// now the second is asked, by the requester, to introduce them to the target
		JsonNode atSecond = only(read(this.mvc.perform(get("/api/introductions?role=introducer").with(second))), id);
		assertThat(atSecond.get("status").asText()).isEqualTo("REQUESTED");
		assertThat(atSecond.get("requester").get("id").asText()).isEqualTo(g.id("req"));
		assertThat(atSecond.get("target").get("id").asText()).isEqualTo(g.id("target"));
		assertThat(atSecond.toString()).doesNotContain(g.id("hidden1"));
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(first)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/introductions/" + id).with(target)).andExpect(status().isNotFound());

		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(second)).andExpect(status().isOk());
		JsonNode done = read(this.mvc.perform(get("/api/introductions/" + id).with(req)));
		assertThat(done.get("status").asText()).isEqualTo("ACCEPTED");
		assertThat(done.get("introducer").get("id").asText()).isEqualTo(g.id("hidden2"));
		assertThat(done.get("introducers").get(1).get("name").asText()).isEqualTo("Test hidden2");
		JsonNode atTarget = read(this.mvc.perform(get("/api/introductions/" + id).with(target)));
		assertThat(atTarget.get("introducer").get("id").asText()).isEqualTo(g.id("hidden2"));
		assertThat(atTarget.toString()).doesNotContain(g.id("hidden1"));
	}

	@Test
	void aDeclineEndsTheChainWithoutNamingTheDecliner() throws Exception {
		TestGraphs g = this.data.graph().people("req", "hidden", "target").ties("req-hidden:0.8", "hidden-target:0.7");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		RequestPostProcessor hidden = accounts.as(accounts.member(g.id("hidden")));
		MemberAccounts.makeConnectionsPrivate(this.mvc, hidden);
		String id = read(askBlind(req, g.id("target")).andExpect(status().isCreated())).get("id").asText();
		this.mvc.perform(post("/api/introductions/" + id + "/decline").with(hidden)).andExpect(status().isOk());
		JsonNode mine = read(this.mvc.perform(get("/api/introductions/" + id).with(req)));
		assertThat(mine.get("status").asText()).isEqualTo("DECLINED");
		assertAnonymous(mine.get("introducer"));
		assertThat(mine.toString()).doesNotContain(g.id("hidden"));
	}

	@Test
	void theRequesterMayWithdrawAtAnyHop() throws Exception {
		TestGraphs g = this.data.graph()
			.people("req", "hidden1", "hidden2", "target")
			.ties("req-hidden1:0.8", "hidden1-hidden2:0.8", "hidden2-target:0.8");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		RequestPostProcessor first = accounts.as(accounts.member(g.id("hidden1")));
		RequestPostProcessor second = accounts.as(accounts.member(g.id("hidden2")));
		String id = read(askBlind(req, g.id("target")).andExpect(status().isCreated())).get("id").asText();
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(first)).andExpect(status().isOk());
		// the first introducer finds it by the status they see
		only(read(this.mvc.perform(get("/api/introductions?role=introducer&status=accepted").with(first))), id);
		this.mvc.perform(post("/api/introductions/" + id + "/withdraw").with(req)).andExpect(status().isOk());
		JsonNode atSecond = read(this.mvc.perform(get("/api/introductions/" + id).with(second)));
		assertThat(atSecond.get("status").asText()).isEqualTo("WITHDRAWN");
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(second)).andExpect(status().isConflict());
	}

	@Test
	void noRouteAnswersAsANamedIntroducerWhoDoesNotKnowBothSides() throws Exception {
		TestGraphs g = this.data.graph()
			.people("req", "contact", "closed:closed", "far", "target")
			.ties("req-contact:0.9", "req-closed:0.9", "closed-target:0.9", "far-target:0.9");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		ObjectNode named = problem(this.mvc.perform(post("/api/introductions").with(req)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("target", g.id("target"), "via", g.id("contact"))))));
		ObjectNode blind = problem(askBlind(req, g.id("target")));
		assertThat(blind).isEqualTo(named);
		assertThat(blind.get("status").asInt()).isEqualTo(422);
	}

	@Test
	void aBusyHiddenIntroducerIsPassedOverWithoutSayingSo() throws Exception {
		TestGraphs g = this.data.graph()
			.people("req", "busy", "other", "target", "o1", "o2", "o3")
			.ties("req-busy:0.9", "busy-target:0.9", "req-other:0.5", "other-target:0.5", "o1-busy:0.9", "o2-busy:0.9",
					"o3-busy:0.9");
		MemberAccounts accounts = this.data.accounts();
		for (String o : new String[] { "o1", "o2", "o3" }) {
			this.mvc
				.perform(post("/api/introductions").with(accounts.as(accounts.member(g.id(o))))
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(Map.of("target", g.id("target"), "via", g.id("busy")))))
				.andExpect(status().isCreated());
		}
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		RequestPostProcessor other = accounts.as(accounts.member(g.id("other")));
		String id = read(askBlind(req, g.id("target")).andExpect(status().isCreated())).get("id").asText();
		only(read(this.mvc.perform(get("/api/introductions?role=introducer").with(other))), id);
	}

	private ResultActions askBlind(RequestPostProcessor as, String target) throws Exception {
		return this.mvc.perform(post("/api/introductions/blind").with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(
					Map.of("target", target, "goal", "Career advice", "message", "Could you introduce me?"))));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A problem body without the instance (the request's own path). */
	private ObjectNode problem(ResultActions result) throws Exception {
		ObjectNode body = (ObjectNode) read(result.andExpect(status().isUnprocessableEntity()));
		body.remove("instance");
		return body;
	}

	private static JsonNode only(JsonNode list, String id) {
		for (JsonNode i : list) {
			if (i.get("id").asText().equals(id)) {
				return i;
			}
		}
		throw new AssertionError("introduction " + id + " not in " + list);
	}

	private static void assertAnonymous(JsonNode party) {
		assertThat(party.get("anonymous").asBoolean()).isTrue();
		assertThat(party.get("id").isNull()).as("id of %s", party).isTrue();
		assertThat(party.get("name").isNull()).as("name of %s", party).isTrue();
	}

}
