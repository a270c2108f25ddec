package org.warmpath.introductions;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class IntroductionWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Introductions introductions;

	@Autowired
	Driver driver;

	@Autowired
	ObjectMapper json;

	TestGraphs g;

	MemberAccounts accounts;

	String req;

	String intro;

	String tgt;

	String stranger;

	@BeforeEach
	void graph() {
		// req - intro - tgt, closed knows both; stranger knows nobody; req knows far a
		// little, so that req may see the tie tgt-far a named path runs through
		this.g = this.data.graph()
			.people("req", "intro", "tgt", "closed:closed", "far", "stranger")
			.ties("req-intro:0.8", "intro-tgt:0.6", "req-closed:0.5", "closed-tgt:0.5", "tgt-far:0.5", "req-far:0.2");
		this.accounts = this.data.accounts();
		this.req = this.accounts.member(this.g.id("req"));
		this.intro = this.accounts.member(this.g.id("intro"));
		this.tgt = this.accounts.member(this.g.id("tgt"));
		this.stranger = this.accounts.member(this.g.id("stranger"));
	}

	private ResultActions ask(String account, String target, String via) throws Exception {
		return ask(account, Map.of("target", target, "via", via, "goal", "Career advice", "message", "Hello"));
	}

	private ResultActions ask(String account, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/introductions").with(this.accounts.as(account))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private String idOf(ResultActions result) throws Exception {
		JsonNode node = this.json.readTree(result.andReturn().getResponse().getContentAsString());
		return node.get("id").asText();
	}

	private ResultActions act(String account, String id, String action) throws Exception {
		return this.mvc.perform(post("/api/introductions/" + id + "/" + action).with(this.accounts.as(account)));
	}

	@Test
	void requestAcceptCompleteCreatesAnIntroductionTieAndRebuildsTheProjection() throws Exception {
		String id = idOf(ask(this.req, this.g.id("tgt"), this.g.id("intro")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.requester.id").value(this.g.id("req")))
			.andExpect(jsonPath("$.introducer.id").value(this.g.id("intro")))
			.andExpect(jsonPath("$.target.id").value(this.g.id("tgt")))
			.andExpect(jsonPath("$.tieStrength").value(0.8))
			.andExpect(jsonPath("$.requestedAt", notNullValue())));
		act(this.intro, id, "accept").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedAt", notNullValue()));
		act(this.req, id, "complete").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.completedAt", notNullValue()));
		var tie = this.driver
			.executableQuery("MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b}) RETURN k.context AS context, "
					+ "k.strength AS strength, count(*) AS n")
			.withParameters(Map.of("a", this.g.id("req"), "b", this.g.id("tgt")))
			.execute()
			.records();
		assertThat(tie).hasSize(1);
		assertThat(tie.get(0).get("context").asString()).isEqualTo("introduction");
		assertThat(tie.get(0).get("strength").asDouble()).isEqualTo(0.3);
		// the analytics contract: the shape and the timestamps of every transition
		var shape = this.driver.executableQuery("""
				MATCH (:Person {id: $req})-[:REQUESTED]->(i:Introduction {id: $id})-[:VIA]->(:Person {id: $via}),
				      (i)-[:TO]->(:Person {id: $tgt})
				RETURN i.requestedAt IS :: ZONED DATETIME AND i.decidedAt IS :: ZONED DATETIME
				       AND i.completedAt IS :: ZONED DATETIME AND i.status = 'COMPLETED' AS ok""")
			.withParameters(
					Map.of("req", this.g.id("req"), "via", this.g.id("intro"), "tgt", this.g.id("tgt"), "id", id))
			.execute()
			.records();
		assertThat(tie).isNotEmpty();
		assertThat(shape.get(0).get("ok").asBoolean()).isTrue();
		// the next path query sees the new tie (GraphChanged rebuilt the projection)
		this.mvc
			.perform(get("/api/paths?mode=fewest&k=1&from=" + this.g.id("req") + "&to=" + this.g.id("tgt"))
				.with(this.accounts.as(this.req)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[0].hops").value(1));
		// completing twice is illegal
		act(this.intro, id, "complete").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/illegal-transition"))
			.andExpect(jsonPath("$.status").value(409));
	}

	@Test
	void onlyTheRightPartyMayMakeEachTransition() throws Exception {
		String id = idOf(ask(this.req, this.g.id("tgt"), this.g.id("intro")).andExpect(status().isCreated()));
		// the requester cannot accept their own request, the target does not see it yet,
		// a stranger never
		act(this.req, id, "accept").andExpect(status().isForbidden());
		act(this.tgt, id, "accept").andExpect(status().isNotFound());
		act(this.stranger, id, "decline").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/introductions/" + id).with(this.accounts.as(this.stranger)))
			.andExpect(status().isNotFound());
		// the introducer cannot withdraw, completing before accepting is illegal
		act(this.intro, id, "withdraw").andExpect(status().isForbidden());
		act(this.req, id, "complete").andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.action").value("complete"));
		act(this.intro, id, "decline").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.decidedAt", notNullValue()));
		// a declined request is closed: no accept, no withdraw, and the target never
		// learns of it
		act(this.intro, id, "accept").andExpect(status().isConflict());
		act(this.req, id, "withdraw").andExpect(status().isConflict());
		this.mvc.perform(get("/api/introductions?role=target").with(this.accounts.as(this.tgt)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		act(this.intro, id, "frobnicate").andExpect(status().isNotFound());
	}

	@Test
	void theRequesterWithdrawsAndListsTheirOwn() throws Exception {
		String id = idOf(ask(this.req, this.g.id("tgt"), this.g.id("intro")).andExpect(status().isCreated()));
		// one open request per requester and target
		ask(this.req, this.g.id("tgt"), this.g.id("intro")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/introduction-exists"));
		act(this.req, id, "withdraw").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawnAt", notNullValue()));
		this.mvc.perform(get("/api/introductions?role=requester&status=withdrawn").with(this.accounts.as(this.req)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id));
		this.mvc.perform(get("/api/introductions?role=introducer").with(this.accounts.as(this.intro)))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get("/api/introductions?role=requester").with(this.accounts.as(this.intro)))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/introductions?person=" + this.g.id("intro")).with(this.accounts.as(this.req)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/introductions?role=boss").with(this.accounts.as(this.req)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("role"));
		this.mvc
			.perform(get("/api/introductions?person=" + this.g.id("req"))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void theIntroducerMustKnowBothSidesConsentAndExist() throws Exception {
		// the introducer does not know the far person
		ask(this.req, this.g.id("far"), this.g.id("intro")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.field").value("via"));
		// closed to introductions
		ask(this.req, this.g.id("tgt"), this.g.id("closed")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/introducer-not-open"));
		ask(this.req, "nobody-" + this.g.id("x"), this.g.id("intro")).andExpect(status().isNotFound());
		ask(this.req, this.g.id("tgt"), this.g.id("req")).andExpect(status().isBadRequest());
		// naming the path lets the introducer be two hops from the target; no tie
		// strength then
		ask(this.req,
				Map.of("target", this.g.id("far"), "via", this.g.id("intro"), "path",
						java.util.List.of(this.g.id("req"), this.g.id("intro"), this.g.id("tgt"), this.g.id("far"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tieStrength", nullValue()));
		// a path through a non-tie is refused
		ask(this.stranger,
				Map.of("target", this.g.id("tgt"), "via", this.g.id("intro"), "path",
						java.util.List.of(this.g.id("stranger"), this.g.id("intro"), this.g.id("tgt"))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.field").value("path"));
		// members cannot ask on someone else's behalf; analysts cannot ask at all
		ask(this.stranger, Map.of("target", this.g.id("tgt"), "via", this.g.id("intro"), "requester", this.g.id("req")))
			.andExpect(status().isForbidden());
		ask(this.accounts.analyst(), this.g.id("tgt"), this.g.id("intro")).andExpect(status().isForbidden());
		ask(this.req, Map.of("via", this.g.id("intro"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("target"));
	}

	@Test
	void quotasCapPendingRequestsPerRequesterAndPerIntroducer() throws Exception {
		TestGraphs q = this.data.graph()
			.people("hub", "a", "b", "t1", "t2", "t3", "t4", "t5", "t6", "h2", "h3", "h4", "h5", "h6")
			.ties("a-hub:0.5", "b-hub:0.5", "hub-t1:0.5", "hub-t2:0.5", "hub-t3:0.5", "hub-t4:0.5", "a-h2:0.5",
					"a-h3:0.5", "a-h4:0.5", "a-h5:0.5", "a-h6:0.5", "h2-t1:0.5", "h3-t1:0.5", "h4-t1:0.5", "h5-t1:0.5",
					"h6-t1:0.5", "h2-t2:0.5", "h3-t3:0.5", "h4-t4:0.5", "h5-t5:0.5", "h6-t6:0.5", "h2-t6:0.5",
					"hub-t5:0.5");
		String a = this.accounts.member(q.id("a"));
		String b = this.accounts.member(q.id("b"));
		// the hub is asked three times (twice by a, once by b): the fourth ask is refused
		ask(a, q.id("t1"), q.id("hub")).andExpect(status().isCreated());
		ask(a, q.id("t2"), q.id("hub")).andExpect(status().isCreated());
		ask(b, q.id("t3"), q.id("hub")).andExpect(status().isCreated());
		ask(b, q.id("t4"), q.id("hub")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/introducer-quota-reached"))
			.andExpect(jsonPath("$.field").value("via"));
		// a has two pending; three more reach five, the sixth is refused
		ask(a, q.id("t3"), q.id("h3")).andExpect(status().isCreated());
		ask(a, q.id("t4"), q.id("h4")).andExpect(status().isCreated());
		ask(a, q.id("t5"), q.id("h5")).andExpect(status().isCreated());
		ask(a, q.id("t6"), q.id("h6")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/requester-quota-reached"));
		// answering frees a slot
		String pending = this.introductions.list(q.id("a"), "requester", "REQUESTED").get(0).id();
		act(a, pending, "withdraw").andExpect(status().isOk());
		ask(a, q.id("t6"), q.id("h6")).andExpect(status().isCreated());
	}

	@Test
	void unansweredRequestsExpire() throws Exception {
		String id = idOf(ask(this.req, this.g.id("tgt"), this.g.id("intro")).andExpect(status().isCreated()));
		// a request asked a moment ago is not due: expiry leaves it pending
		this.introductions.expireDue();
		assertThat(this.introductions.list(this.g.id("req"), "requester", "REQUESTED")).hasSize(1);
		// fifteen days old: past the default 14 days
		this.driver
			.executableQuery("MATCH (i:Introduction {id: $id}) SET i.requestedAt = datetime() - duration({days: 15})")
			.withParameters(Map.of("id", id))
			.execute();
		assertThat(this.introductions.expireDue()).isGreaterThanOrEqualTo(1);
		this.mvc.perform(get("/api/introductions/" + id).with(this.accounts.as(this.req)))
			.andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.expiredAt", notNullValue()));
		act(this.intro, id, "accept").andExpect(status().isConflict());
	}

}
