package org.warmpath.paths;

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
import org.warmpath.outcomes.Responsiveness;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

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
 * Issue 15, introductions that learn from how they went: the likeliest mode weighs each
 * introducer by their responsiveness, learned from outcomes generated through the API
 * (requests answered by the introducers), and every route finder skips an introducer at
 * their quota and says so. Real in-process Neo4j, real events.
 */
@WarmPathTest
class LikeliestPathTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	private final Projection projection;

	private final Responsiveness responsiveness;

	@Autowired
	LikeliestPathTests(MockMvc mvc, TestData data, ObjectMapper json, Projection projection,
			Responsiveness responsiveness) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
		this.projection = projection;
		this.responsiveness = responsiveness;
	}

	@Test
	void likeliestGoesAroundAnIntroducerWhoDeclinesMostAsksWhereWarmestGoesThroughThem() throws Exception {
		TestGraphs g = twoRoutes();
		answerAsks(g, "b", 8, 2);
		assertThat(this.responsiveness.estimate(g.id("b"))).isCloseTo(4.0 / 14.0, within(1e-9));
		assertThat(this.responsiveness.estimate(g.id("c"))).isEqualTo(0.5);
		RequestPostProcessor admin = this.data.accounts().as("admin");

		JsonNode warmest = paths(g, "warmest", admin);
		assertThat(warmest.at("/paths/0/people/1").asText()).isEqualTo(g.id("b"));
		JsonNode likeliest = paths(g, "likeliest", admin);
		assertThat(likeliest.get("mode").asText()).isEqualTo("likeliest");
		assertThat(likeliest.at("/paths/0/people/1").asText()).isEqualTo(g.id("c"));
		// each step shows both factors; the path its chance
		JsonNode best = likeliest.at("/paths/0");
		assertThat(best.at("/steps/0/strength").asDouble()).isEqualTo(0.8);
		assertThat(best.at("/steps/0/responsiveness").isNull()).isTrue();
		assertThat(best.at("/steps/1/responsiveness").asDouble()).isEqualTo(0.5);
		assertThat(best.get("chance").asDouble()).isCloseTo(0.8 * 0.8 * 0.5, within(1e-6));
		JsonNode second = likeliest.at("/paths/1");
		assertThat(second.at("/people/1").asText()).isEqualTo(g.id("b"));
		assertThat(second.at("/steps/1/responsiveness").asDouble()).isCloseTo(4.0 / 14.0, within(1e-6));
		assertThat(second.get("chance").asDouble()).isCloseTo(0.9 * 0.9 * 4.0 / 14.0, within(1e-6));
		// the warmest path's own chance is lower than the likeliest's
		assertThat(warmest.at("/paths/0/chance").asDouble()).isLessThan(best.get("chance").asDouble());
	}

	@Test
	void withAnIntroducerWhoAnswersWellLikeliestAndWarmestAgree() throws Exception {
		TestGraphs g = twoRoutes();
		answerAsks(g, "b", 0, 4);
		RequestPostProcessor admin = this.data.accounts().as("admin");
		assertThat(paths(g, "warmest", admin).at("/paths/0/people/1").asText()).isEqualTo(g.id("b"));
		assertThat(paths(g, "likeliest", admin).at("/paths/0/people/1").asText()).isEqualTo(g.id("b"));
		assertThat(this.responsiveness.estimate(g.id("b"))).isCloseTo(6.0 / 8.0, within(1e-9));
	}

	@Test
	void declinesNeverChangeTieStrength() throws Exception {
		TestGraphs g = twoRoutes();
		KnowsGraph before = this.projection.snapshot().graph();
		double ab = before.costBetween(before.indexOf(g.id("a")), before.indexOf(g.id("b")));
		double bt = before.costBetween(before.indexOf(g.id("b")), before.indexOf(g.id("t")));
		answerAsks(g, "b", 8, 0);
		KnowsGraph after = this.projection.snapshot().graph();
		assertThat(after.costBetween(after.indexOf(g.id("a")), after.indexOf(g.id("b")))).isEqualTo(ab);
		assertThat(after.costBetween(after.indexOf(g.id("b")), after.indexOf(g.id("t")))).isEqualTo(bt);
		assertThat(g.count("MATCH (:Person {id: '" + g.id("b") + "'})-[k:KNOWS]-(:Person {id: '" + g.id("t")
				+ "'}) WHERE k.strength = 0.9 RETURN count(k)"))
			.isEqualTo(1L);
		JsonNode warmest = paths(g, "warmest", this.data.accounts().as("admin"));
		assertThat(warmest.at("/paths/0/people/1").asText()).isEqualTo(g.id("b"));
		assertThat(warmest.at("/paths/0/warmth").asDouble()).isCloseTo(0.81, within(1e-6));
	}

	@Test
	void anIntroducerAtQuotaIsRoutedThroughByNoModeAndEveryAnswerSaysSo() throws Exception {
		TestGraphs g = this.data.graph()
			.people("a", "q", "c", "d", "t")
			.ties("a-q:0.95", "q-t:0.95", "a-c:0.5", "c-d:0.5", "d-t:0.5");
		pendingAsks(g, "q", 3);
		assertThat(this.responsiveness.atQuota(g.id("q"))).isTrue();
		RequestPostProcessor admin = this.data.accounts().as("admin");
		for (String mode : List.of("warmest", "fewest", "likeliest")) {
			for (String engine : mode.equals("likeliest") ? List.of("graph") : List.of("graph", "cypher", "jgrapht")) {
				JsonNode answer = read(this.mvc
					.perform(get("/api/paths?k=3&mode=" + mode + "&engine=" + engine + "&from=" + g.id("a") + "&to="
							+ g.id("t"))
						.with(admin))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
				assertThat(answer.get("paths")).as(mode + " " + engine).isNotEmpty();
				answer.get("paths")
					.forEach(p -> assertThat(p.get("people").toString()).as(mode + " " + engine)
						.doesNotContain(g.id("q")));
				assertThat(answer.get("skipped")).as(mode + " " + engine).hasSize(1);
				assertThat(answer.at("/skipped/0/person/id").asText()).isEqualTo(g.id("q"));
				assertThat(answer.at("/skipped/0/reason").asText()).isEqualTo("3 asks waiting");
				assertThat(answer.at("/skipped/0/pendingAsks").asInt()).isEqualTo(3);
				assertThat(answer.at("/skipped/0/route").isMissingNode()).isTrue();
			}
		}
	}

	@Test
	void aSkippedPrivateIntroducerIsAnonymousToAStranger() throws Exception {
		TestGraphs g = this.data.graph()
			.people("a", "x", "q", "t", "y", "z")
			.ties("a-x:0.9", "x-q:0.9", "q-t:0.9", "a-y:0.5", "y-z:0.5", "z-t:0.5");
		pendingAsks(g, "q", 3);
		MemberAccounts accounts = this.data.accounts();
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(accounts.member(g.id("q"))));
		RequestPostProcessor a = accounts.as(accounts.member(g.id("a")));
		String body = this.mvc.perform(get("/api/paths?k=1&from=" + g.id("a") + "&to=" + g.id("t")).with(a))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode answer = read(body);
		assertThat(answer.at("/paths/0/people/1").asText()).isEqualTo(g.id("y"));
		assertThat(answer.get("skipped")).hasSize(1);
		assertThat(answer.at("/skipped/0/person/id").isNull()).isTrue();
		assertThat(answer.at("/skipped/0/person/name").isNull()).isTrue();
		assertThat(answer.at("/skipped/0/reason").asText()).isEqualTo("3 asks waiting");
		assertThat(body).doesNotContain(g.id("q")).doesNotContain("Test q");
		// an admin sees who it is
		JsonNode admin = paths(g, "warmest", accounts.as("admin"));
		assertThat(admin.at("/skipped/0/person/id").asText()).isEqualTo(g.id("q"));
	}

	@Test
	void theCypherAndJGraphTEnginesDoNotAnswerTheLikeliestMode() throws Exception {
		TestGraphs g = twoRoutes();
		RequestPostProcessor admin = this.data.accounts().as("admin");
		for (String engine : List.of("cypher", "jgrapht")) {
			this.mvc
				.perform(get("/api/paths?mode=likeliest&engine=" + engine + "&from=" + g.id("a") + "&to=" + g.id("t"))
					.with(admin))
				.andExpect(status().isBadRequest())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
					.value("mode"));
		}
	}

	@Test
	void mutualsRankByChanceWithResponsivenessShownAndThoseAtQuotaLast() throws Exception {
		TestGraphs g = this.data.graph()
			.people("a", "b", "c", "q", "t")
			.ties("a-b:0.9", "b-t:0.9", "a-c:0.8", "c-t:0.8", "a-q:0.95", "q-t:0.95");
		answerAsks(g, "b", 8, 2);
		pendingAsks(g, "q", 3);
		JsonNode mutuals = read(this.mvc
			.perform(get("/api/people/" + g.id("a") + "/mutuals/" + g.id("t")).with(this.data.accounts().as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> order = new ArrayList<>();
		mutuals.get("mutuals").forEach(m -> order.add(m.at("/person/id").asText()));
		assertThat(order).containsExactly(g.id("c"), g.id("b"), g.id("q"));
		assertThat(mutuals.at("/mutuals/0/responsiveness").asDouble()).isEqualTo(0.5);
		assertThat(mutuals.at("/mutuals/0/chance").asDouble()).isCloseTo(0.32, within(1e-6));
		assertThat(mutuals.at("/mutuals/0/atQuota").asBoolean()).isFalse();
		assertThat(mutuals.at("/mutuals/1/responsiveness").asDouble()).isCloseTo(4.0 / 14.0, within(1e-6));
		assertThat(mutuals.at("/mutuals/1/pendingAsks").asInt()).isZero();
		assertThat(mutuals.at("/mutuals/2/pendingAsks").asInt()).isEqualTo(3);
		assertThat(mutuals.at("/mutuals/2/atQuota").asBoolean()).isTrue();
	}

	/** a-b-t warmer (0.9 each) than a-c-t (0.8 each). */
	private TestGraphs twoRoutes() {
		return this.data.graph().people("a", "b", "c", "t").ties("a-b:0.9", "b-t:0.9", "a-c:0.8", "c-t:0.8");
	}

	private JsonNode paths(TestGraphs g, String mode, RequestPostProcessor as) throws Exception {
		return read(this.mvc
			.perform(get("/api/paths?k=3&mode=" + mode + "&from=" + g.id("a") + "&to=" + g.id("t")).with(as))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * Generated outcomes: {@code declines + accepts} members, each tied to the
	 * introducer, ask them for an introduction to {@code t}; the introducer declines the
	 * first ones and accepts the rest.
	 */
	private void answerAsks(TestGraphs g, String introducer, int declines, int accepts) throws Exception {
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor via = accounts.as(accounts.member(g.id(introducer)));
		for (int i = 0; i < declines + accepts; i++) {
			String id = ask(g, introducer, "r" + introducer + i);
			this.mvc.perform(post("/api/introductions/" + id + "/" + ((i < declines) ? "decline" : "accept")).with(via))
				.andExpect(status().isOk());
		}
	}

	/** {@code count} members ask the introducer, who does not answer. */
	private void pendingAsks(TestGraphs g, String introducer, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			ask(g, introducer, "p" + introducer + i);
		}
	}

	private String ask(TestGraphs g, String introducer, String requester) throws Exception {
		g.people(requester).ties(requester + "-" + introducer + ":0.5");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor as = accounts.as(accounts.member(g.id(requester)));
		String body = this.mvc
			.perform(post("/api/introductions").with(as)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", g.id("t"), "via", g.id(introducer)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return read(body).get("id").asText();
	}

	private JsonNode read(String body) throws Exception {
		return this.json.readTree(body);
	}

}
