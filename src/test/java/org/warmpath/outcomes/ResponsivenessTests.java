package org.warmpath.outcomes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: an introducer's responsiveness, learned from the outcomes of the requests
 * made of them (generated through the API, so from the real events), and the same counts
 * read back from Neo4j as at start-up.
 */
@WarmPathTest
class ResponsivenessTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	private final Responsiveness responsiveness;

	private final Driver driver;

	@Autowired
	ResponsivenessTests(MockMvc mvc, TestData data, ObjectMapper json, Responsiveness responsiveness, Driver driver) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
		this.responsiveness = responsiveness;
		this.driver = driver;
	}

	@Test
	void aNewcomerIsNeitherPunishedNorTrustedBlindly() {
		Responsiveness.Answers none = this.responsiveness.of("nobody-" + UUID.randomUUID());
		assertThat(none).isEqualTo(Responsiveness.Answers.NONE);
		assertThat(none.estimate()).isEqualTo(0.5);
		// one decline moves a newcomer to 0.4, one acceptance to 0.6: the prior weighs as
		// four answers
		assertThat(new Responsiveness.Answers(0, 1, 0, 0).estimate()).isEqualTo(0.4);
		assertThat(new Responsiveness.Answers(1, 0, 0, 0).estimate()).isEqualTo(0.6);
		assertThat(new Responsiveness.Answers(0, 0, 1, 0).estimate()).isEqualTo(0.4);
	}

	@Test
	void answersCountForTheIntroducerAndTheStartUpLoadReadsTheSameFromNeo4j() throws Exception {
		TestGraphs g = this.data.graph().people("v", "t").ties("v-t:0.7");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor v = accounts.as(accounts.member(g.id("v")));
		String[] actions = { "accept", "accept", "accept", "decline", "decline", null, "withdraw" };
		String waiting = null;
		for (int i = 0; i < actions.length; i++) {
			String requester = "r" + i;
			String id = ask(g, requester, "v", "t");
			RequestPostProcessor r = accounts.as(accounts.member(g.id(requester)));
			if (actions[i] != null) {
				this.mvc
					.perform(post("/api/introductions/" + id + "/" + actions[i])
						.with(actions[i].equals("withdraw") ? r : v))
					.andExpect(status().isOk());
			}
			else {
				waiting = id;
			}
			if (i == 0) {
				// a completion follows the acceptance already counted: no second answer
				this.mvc.perform(post("/api/introductions/" + id + "/complete").with(r)).andExpect(status().isOk());
			}
		}
		// 3 accepted (one of them completed), 2 declined, 1 waiting, 1 withdrawn
		// unanswered; each answer within moments
		Responsiveness.Answers learned = this.responsiveness.of(g.id("v"));
		assertThat(counts(learned)).containsExactly(3, 2, 0, 1);
		assertThat(learned.estimate()).isEqualTo(5.0 / 9.0);
		assertThat(learned.medianHoursToAnswer()).isEqualTo(0.0);
		assertThat(this.responsiveness.atQuota(g.id("v"))).isFalse();

		// what start-up reads from Neo4j
		this.responsiveness.load();
		assertThat(this.responsiveness.of(g.id("v"))).isEqualTo(learned);

		// an expiry counts as a no, taking the whole expiry time (14 days)
		this.responsiveness
			.on(new IntroductionChanged(waiting, g.id("r5"), g.id("v"), g.id("t"), "REQUESTED", "EXPIRED", false));
		assertThat(this.responsiveness.of(g.id("v"))).isEqualTo(new Responsiveness.Answers(3, 2, 1, 0, 0.0));
	}

	@Test
	void theMedianTimeToAnswerComesFromWhenEachAnswerWasGiven() throws Exception {
		TestGraphs g = this.data.graph().people("v", "t").ties("v-t:0.7");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor v = accounts.as(accounts.member(g.id("v")));
		// answered after 2, 10, 30 and 50 hours; one asked 20 days ago expires (336
		// hours, the expiry time, whatever the job's delay)
		double[] hours = { 50, 2, 30, 10 };
		String[] actions = { "accept", "decline", "accept", "accept" };
		for (int i = 0; i < hours.length; i++) {
			String id = ask(g, "r" + i, "v", "t");
			this.mvc.perform(post("/api/introductions/" + id + "/" + actions[i]).with(v)).andExpect(status().isOk());
			write("MATCH (i:Introduction {id: $id}) SET i.requestedAt = i.decidedAt - duration({minutes: $minutes})",
					Map.of("id", id, "minutes", Math.round(hours[i] * 60)));
		}
		String late = ask(g, "r9", "v", "t");
		write("MATCH (i:Introduction {id: $id}) SET i.status = 'EXPIRED', i.expiredAt = datetime(), "
				+ "i.requestedAt = datetime() - duration({days: 20})", Map.of("id", late));
		this.responsiveness.load();
		Responsiveness.Answers loaded = this.responsiveness.of(g.id("v"));
		assertThat(counts(loaded)).containsExactly(3, 1, 1, 0);
		assertThat(loaded.medianHoursToAnswer()).isEqualTo(30.0);

		// shown next to the responsiveness in mutuals and in path steps
		g.people("me").ties("me-v:0.9");
		RequestPostProcessor admin = accounts.as("admin");
		JsonNode mutuals = read(
				this.mvc.perform(get("/api/people/" + g.id("me") + "/mutuals/" + g.id("t")).with(admin)));
		assertThat(mutuals.at("/mutuals/0/person/id").asText()).isEqualTo(g.id("v"));
		assertThat(mutuals.at("/mutuals/0/medianHoursToAnswer").asDouble()).isEqualTo(30.0);
		JsonNode paths = read(this.mvc
			.perform(get("/api/paths?mode=likeliest&k=1&from=" + g.id("me") + "&to=" + g.id("t")).with(admin)));
		assertThat(paths.at("/paths/0/steps/0/medianHoursToAnswer").isNull()).isTrue();
		assertThat(paths.at("/paths/0/steps/1/from/id").asText()).isEqualTo(g.id("v"));
		assertThat(paths.at("/paths/0/steps/1/medianHoursToAnswer").asDouble()).isEqualTo(30.0);
		// someone who never answered has no median
		g.people("w").ties("me-w:0.9", "w-t:0.9");
		JsonNode both = read(this.mvc.perform(get("/api/people/" + g.id("me") + "/mutuals/" + g.id("t")).with(admin)));
		for (JsonNode m : both.get("mutuals")) {
			if (m.at("/person/id").asText().equals(g.id("w"))) {
				assertThat(m.get("medianHoursToAnswer").isNull()).isTrue();
			}
		}
	}

	@Test
	void onlyTheLatestAnswerTimesCountForTheMedian() {
		String id = "ring-" + UUID.randomUUID();
		Instant asked = Instant.parse("2026-01-01T00:00:00Z");
		// 40 answers taking 1, 2, ..., 40 hours: the last 32 (9 to 40) are kept
		for (int i = 1; i <= 40; i++) {
			this.responsiveness.on(new IntroductionChanged(id + i, "r", id, "t", null, "REQUESTED", false));
			this.responsiveness.on(new IntroductionChanged(id + i, "r", id, "t", "REQUESTED", "ACCEPTED", false, asked,
					asked.plus(i, ChronoUnit.HOURS)));
		}
		assertThat(this.responsiveness.of(id)).isEqualTo(new Responsiveness.Answers(40, 0, 0, 0, 24.5));
	}

	@Test
	void everyoneWhoAcceptedOnABlindRouteCountsAndABrokenRouteIsNobodysDecline() throws Exception {
		TestGraphs g = this.data.graph()
			.people("req", "req2", "h1", "h2", "h3", "target")
			.ties("req-h1:0.8", "req2-h1:0.8", "h1-h2:0.8", "h2-h3:0.8", "h3-target:0.8");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor req = accounts.as(accounts.member(g.id("req")));
		RequestPostProcessor req2 = accounts.as(accounts.member(g.id("req2")));
		RequestPostProcessor h1 = accounts.as(accounts.member(g.id("h1")));
		RequestPostProcessor h2 = accounts.as(accounts.member(g.id("h2")));
		RequestPostProcessor h3 = accounts.as(accounts.member(g.id("h3")));
		// moves on twice (h1 and h2 accept), then h3 declines
		String first = askBlind(req, g.id("target"));
		answer(first, "accept", h1);
		answer(first, "accept", h2);
		answer(first, "decline", h3);
		// moves on twice, then waits for h3
		String second = askBlind(req, g.id("target"));
		answer(second, "accept", h1);
		answer(second, "accept", h2);
		// h2 stops taking introductions: after h1's acceptance the route breaks there,
		// which is not h1's decline, nor h2's
		String third = askBlind(req2, g.id("target"));
		write("MATCH (p:Person {id: $id}) SET p.openToIntroductions = false", Map.of("id", g.id("h2")));
		JsonNode broken = read(this.mvc.perform(post("/api/introductions/" + third + "/accept").with(h1)));
		assertThat(broken.get("status").asText()).isIn("ACCEPTED", "DECLINED");
		assertThat(storedStatus(third)).isEqualTo("DECLINED");

		List<List<Integer>> fromEvents = List.of(counts(this.responsiveness.of(g.id("h1"))),
				counts(this.responsiveness.of(g.id("h2"))), counts(this.responsiveness.of(g.id("h3"))));
		assertThat(fromEvents).containsExactly(List.of(3, 0, 0, 0), List.of(2, 0, 0, 0), List.of(0, 1, 0, 1));
		this.responsiveness.load();
		assertThat(List.of(counts(this.responsiveness.of(g.id("h1"))), counts(this.responsiveness.of(g.id("h2"))),
				counts(this.responsiveness.of(g.id("h3")))))
			.isEqualTo(fromEvents);
		// and each acceptance's time was kept on the route (moments here)
		assertThat(this.responsiveness.of(g.id("h2")).medianHoursToAnswer()).isCloseTo(0.0, within(0.1));
	}

	@Test
	void anEventTheStartUpLoadAlreadyCountedIsNotCountedAgain() throws Exception {
		TestGraphs g = this.data.graph().people("v", "t").ties("v-t:0.7");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor v = accounts.as(accounts.member(g.id("v")));
		String answered = ask(g, "r0", "v", "t");
		this.mvc.perform(post("/api/introductions/" + answered + "/accept").with(v)).andExpect(status().isOk());
		String waiting = ask(g, "r1", "v", "t");
		// the acceptance and the second request committed before the load read them;
		// their events arrive after it
		this.responsiveness.load();
		Responsiveness.Answers loaded = this.responsiveness.of(g.id("v"));
		assertThat(counts(loaded)).containsExactly(1, 0, 0, 1);
		Instant now = Instant.now();
		this.responsiveness.on(new IntroductionChanged(answered, g.id("r0"), g.id("v"), g.id("t"), "REQUESTED",
				"ACCEPTED", false, now, now));
		this.responsiveness
			.on(new IntroductionChanged(waiting, g.id("r1"), g.id("v"), g.id("t"), null, "REQUESTED", false, now, now));
		assertThat(this.responsiveness.of(g.id("v"))).isEqualTo(loaded);
		// the waiting one's answer, which the load did not see, counts once
		this.mvc.perform(post("/api/introductions/" + waiting + "/decline").with(v)).andExpect(status().isOk());
		this.responsiveness.on(new IntroductionChanged(waiting, g.id("r1"), g.id("v"), g.id("t"), "REQUESTED",
				"DECLINED", false, now, now));
		assertThat(counts(this.responsiveness.of(g.id("v")))).containsExactly(1, 1, 0, 0);
		this.responsiveness.load();
		assertThat(counts(this.responsiveness.of(g.id("v")))).containsExactly(1, 1, 0, 0);
	}

	private static List<Integer> counts(Responsiveness.Answers a) {
		return List.of(a.accepted(), a.declined(), a.expired(), a.pendingAsks());
	}

	/** {@code requester}, made and tied to {@code via}, asks them for {@code target}. */
	private String ask(TestGraphs g, String requester, String via, String target) throws Exception {
		g.people(requester).ties(requester + "-" + via + ":0.4");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor r = accounts.as(accounts.member(g.id(requester)));
		return read(this.mvc
			.perform(post("/api/introductions").with(r)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", g.id(target), "via", g.id(via)))))
			.andExpect(status().isCreated())).get("id").asText();
	}

	private String askBlind(RequestPostProcessor as, String target) throws Exception {
		return read(this.mvc
			.perform(post("/api/introductions/blind").with(as)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", target, "goal", "Career advice"))))
			.andExpect(status().isCreated())).get("id").asText();
	}

	private void answer(String id, String action, RequestPostProcessor as) throws Exception {
		this.mvc.perform(post("/api/introductions/" + id + "/" + action).with(as)).andExpect(status().isOk());
	}

	private String storedStatus(String id) {
		return this.driver.executableQuery("MATCH (i:Introduction {id: $id}) RETURN i.status")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asString();
	}

	private void write(String cypher, Map<String, Object> parameters) {
		this.driver.executableQuery(cypher).withParameters(parameters).execute();
	}

	private JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	@Test
	void theQuotaComesFromTheIntroductionsSetting() {
		assertThat(this.responsiveness.quota()).isEqualTo(3);
		String id = "quota-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(this.responsiveness.atQuota(id)).isFalse();
			this.responsiveness.on(new IntroductionChanged("i" + i, "r", id, "t", null, "REQUESTED", false));
		}
		assertThat(this.responsiveness.atQuota(id)).isTrue();
		this.responsiveness.on(new IntroductionChanged("i0", "r", id, "t", "REQUESTED", "WITHDRAWN", false));
		assertThat(this.responsiveness.atQuota(id)).isFalse();
		assertThat(this.responsiveness.of(id)).isEqualTo(new Responsiveness.Answers(0, 0, 0, 2));
	}

}
