package org.warmpath.projection;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.DriverCalls;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.Neo4jServerMode;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Reads;
import org.warmpath.people.Connection;
import org.warmpath.people.Directory;
import org.warmpath.people.PageOf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paths, mutual connections and ego networks answer from the projection's person cards
 * and tie details, and mentor recommendations from the mentor catalogue: no Neo4j session
 * is opened while serving them (issue 13, "answers from memory").
 *
 * <p>
 * Two reads outside the answers themselves are set apart: the sign-in filter's check that
 * the account is still enabled ({@code AccountManagement.isActive}, cached five seconds
 * per account, so at most one read per account in that time), and, for a member, the
 * visibility rule's list of people who accepted to introduce them
 * ({@code Visibility.forPerson}, remembered for a few seconds; an admin needs none).
 * Scripts sign in with a personal access token, remembered the same way.
 */
@WarmPathTest
class NoNeo4jReadsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	DriverCalls driverCalls;

	@Autowired
	Projection projection;

	@Autowired
	Directory directory;

	@Autowired
	Reads reads;

	TestGraphs g;

	@BeforeEach
	void graph() {
		this.g = this.data.graph().people("a", "x", "b").ties("a-x:0.9", "x-b:0.8", "a-b:0.3");
		this.projection.snapshot();
	}

	@AfterEach
	void stop() {
		this.driverCalls.stop();
	}

	@Test
	void pathsMutualsAndNetworksOpenNoSessionForAnAdmin() throws Exception {
		askEverything(this.data.accounts().as("admin"));
		assertThat(answerReads()).isEmpty();
	}

	@Test
	void aScriptsTokenIsCheckedOnceAndItsNextRequestsReadNothing() throws Exception {
		String created = this.mvc
			.perform(post("/api/me/tokens").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"script " + UUID.randomUUID() + "\", \"expiresInDays\": 1}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created).get("token").asText();
		String url = "/api/paths?from=" + this.g.id("a") + "&to=" + this.g.id("b");
		this.mvc.perform(get(url).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.driverCalls.watchThisThread();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get(url).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths[0].people[1]").value(this.g.id("x")));
		}
		assertThat(answerReads()).as("requests after the token's first").isEmpty();
	}

	@Test
	void aMembersAnswersReadOnlyTheIntroducersTheVisibilityRuleCounts() throws Exception {
		RequestPostProcessor a = this.data.accounts().as(this.data.accounts().member(this.g.id("a")));
		askEverything(a);
		// the first answer reads whom the member counts as a contact through an accepted
		// introduction; the rule remembers it for the answers after
		assertThat(answerReads()).hasSize(1)
			.allSatisfy(call -> assertThat(call).contains("visibility.Visibility.forPerson"));
		askEverything(a);
		assertThat(answerReads()).as("a member's next answers").isEmpty();
	}

	@Test
	void cardsFollowWrites() throws Exception {
		String body = "{\"name\":\"Renamed x\",\"grade\":\"Registrar\",\"openToIntroductions\":true}";
		this.mvc
			.perform(put("/api/people/" + this.g.id("x")).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/paths?from=" + this.g.id("a") + "&to=" + this.g.id("b"))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.paths[0].steps[0].to.name").value("Renamed x"))
			.andExpect(jsonPath("$.paths[0].steps[0].to.grade").value("Registrar"));
	}

	@Test
	void cardsFollowAMembersOwnHeadline() throws Exception {
		long rebuilds = this.projection.rebuilds();
		RequestPostProcessor x = this.data.accounts().as(this.data.accounts().member(this.g.id("x")));
		this.mvc
			.perform(patch("/api/me").with(x)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"headline\": \"New headline\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/people/" + this.g.id("a") + "/mutuals/" + this.g.id("b"))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.mutuals[0].person.headline").value("New headline"));
		assertThat(this.projection.rebuilds()).as("the card replaced in place, no re-read").isEqualTo(rebuilds);
	}

	@Test
	void aPersonCreatedAndTiesPutOverTheApiShowInTheNextAnswersWithoutARebuild() throws Exception {
		long rebuilds = this.projection.rebuilds();
		String a = this.g.id("a");
		String b = this.g.id("b");
		String n = "cards-" + UUID.randomUUID();
		this.mvc
			.perform(post("/api/people/" + n).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Dr New Card\",\"headline\":\"Night registrar\",\"grade\":\"Registrar\","
						+ "\"openToIntroductions\":true}")
				.with(admin()))
			.andExpect(status().isCreated());
		putTie(a, n, "{\"strength\":0.99,\"context\":\"ward round\",\"since\":\"2021-03-04\"}");
		putTie(n, b, "{\"strength\":0.99,\"context\":\"locum cover\"}");

		this.mvc.perform(get("/api/paths?k=1&from=" + a + "&to=" + b).with(admin()))
			.andExpect(jsonPath("$.paths[0].people[1]").value(n))
			.andExpect(jsonPath("$.paths[0].steps[0].to.name").value("Dr New Card"))
			.andExpect(jsonPath("$.paths[0].steps[0].to.headline").value("Night registrar"))
			.andExpect(jsonPath("$.paths[0].steps[0].context").value("ward round"))
			.andExpect(jsonPath("$.paths[0].steps[0].since").value("2021-03-04"))
			.andExpect(jsonPath("$.paths[0].steps[1].context").value("locum cover"));
		this.mvc.perform(get("/api/people/" + a + "/network?depth=1").with(admin()))
			.andExpect(jsonPath("$.nodes[?(@.id == '" + n + "')].name").value("Dr New Card"));
		// re-described in place: the context changes, the tie keeps its index
		putTie(a, n, "{\"strength\":0.98,\"context\":\"same firm\"}");
		this.mvc.perform(get("/api/paths?k=1&from=" + a + "&to=" + b).with(admin()))
			.andExpect(jsonPath("$.paths[0].steps[0].context").value("same firm"))
			.andExpect(jsonPath("$.paths[0].steps[0].strength").value(0.98));
		assertThat(this.projection.rebuilds()).as("no re-read of Neo4j").isEqualTo(rebuilds);

		// the overlay ties' details follow compaction's new tie numbering
		this.projection.compactNow();
		this.mvc.perform(get("/api/paths?k=1&from=" + a + "&to=" + b).with(admin()))
			.andExpect(jsonPath("$.paths[0].steps[0].to.name").value("Dr New Card"))
			.andExpect(jsonPath("$.paths[0].steps[0].context").value("same firm"))
			.andExpect(jsonPath("$.paths[0].steps[1].context").value("locum cover"));
		assertThat(this.projection.rebuilds()).isEqualTo(rebuilds);
	}

	@Test
	void aProfileReadsInProcessOnTheEmbeddedDatabaseAndAConnectionListReadsNothing() throws Exception {
		String a = this.g.id("a");
		this.driverCalls.watchThisThread();
		this.mvc.perform(get("/api/people/" + a).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Test a"));
		this.mvc.perform(get("/api/people/" + a + "/connections").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].person.name").value("Test x"))
			.andExpect(jsonPath("$.items[0].context").value("colleague"))
			.andExpect(jsonPath("$.total").value(2));
		this.driverCalls.stop();
		// the profile is not kept in memory (skills, programmes, private fields): it is
		// read through the app's Reads, in the embedded database's own transactions (no
		// Bolt round trip), through the driver against a server; the list comes from the
		// projection (apart from the sign-in's account read, Basic here)
		List<String> reads = answerReads().stream().filter(call -> !call.contains("AccountManagement")).toList();
		assertThat(reads).as("the profile once, the list from memory")
			.filteredOn(call -> call.startsWith("read people/"))
			.extracting(call -> call.substring(0, call.indexOf(" from ")))
			.containsExactly("read people/by-id");
		if (System.getProperty(Neo4jServerMode.PROPERTY) == null) {
			assertThat(reads).as("no driver session on the embedded database")
				.allSatisfy(call -> assertThat(call).startsWith("read people/"));
		}
	}

	@Test
	void aConnectionListFromMemoryIsTheListNeo4jGives() throws Exception {
		TestGraphs h = this.data.graph()
			.people("hub", "p1", "p2", "p3", "p4", "p5", "p6")
			.ties("hub-p3:0.5", "hub-p1:0.5", "hub-p2:0.9", "hub-p4:0.2", "hub-p6:0.35");
		String hub = h.id("hub");
		RequestPostProcessor admin = this.data.accounts().as("admin");
		// a new tie (the overlay), a re-rated one (in place) and one to a person erased
		// since
		this.mvc
			.perform(put("/api/people/" + hub + "/connections/" + h.id("p5")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":0.5}")
				.with(admin))
			.andExpect(status().is2xxSuccessful());
		this.mvc
			.perform(put("/api/people/" + hub + "/connections/" + h.id("p4")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":0.95}")
				.with(admin))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(delete("/api/people/" + h.id("p6")).with(admin)).andExpect(status().is2xxSuccessful());
		for (Set<String> hidden : List.of(Set.<String>of(), Set.of(h.id("p1")))) {
			for (int[] page : new int[][] { { 0, 50 }, { 0, 2 }, { 1, 2 }, { 2, 2 }, { 9, 2 } }) {
				PageOf<Connection> memory = this.directory.connections(hub, page[0], page[1], hidden).orElseThrow();
				List<List<Object>> neo4j = this.reads
					.read("people/connections",
							Map.of("id", hub, "skip", (long) page[0] * page[1], "limit", page[1], "hidden",
									List.copyOf(hidden)))
					.stream()
					.map(r -> List.<Object>of(r.get("id").asString(), r.get("name").asString(),
							r.get("strength").asDouble(), r.get("context").asString(""), r.get("since").asString("")))
					.toList();
				assertThat(memory.items())
					.extracting(c -> List.<Object>of(c.person().id(), c.person().name(), c.strength(),
							Objects.toString(c.context(), ""), Objects.toString(c.since(), "")))
					.as("hidden %s, page %s of %s", hidden, page[0], page[1])
					.containsExactlyElementsOf(neo4j);
				assertThat(memory.total()).isEqualTo(5 - hidden.size());
			}
		}
		assertThat(this.directory.connections(hub, 0, 50, Set.of()).orElseThrow().items())
			.extracting(c -> c.person().name())
			.containsExactly("Test p4", "Test p2", "Test p1", "Test p3", "Test p5");
		assertThat(this.directory.connections("nobody-" + UUID.randomUUID(), 0, 50, Set.of())).isEmpty();
	}

	@Test
	void aTieWriteOpensNoDriverSessionOnTheEmbeddedDatabaseAndAnUnknownPersonIsStillA404() throws Exception {
		RequestPostProcessor admin = this.data.accounts().as("admin");
		String url = "/api/people/" + this.g.id("a") + "/connections/" + this.g.id("b");
		this.mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"strength\":0.4}").with(admin))
			.andExpect(status().is2xxSuccessful());
		this.driverCalls.watchThisThread();
		this.mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"strength\":0.5}").with(admin))
			.andExpect(status().is2xxSuccessful());
		this.driverCalls.stop();
		// the people are checked in the projection, not by two reads before the write,
		// and the write itself runs in the embedded database's own transaction (no Bolt);
		// against a server it is the one session of its transaction
		boolean server = System.getProperty(Neo4jServerMode.PROPERTY) != null;
		assertThat(answerReads()).hasSize(server ? 1 : 0)
			.allSatisfy(call -> assertThat(call).doesNotContain("People.exists"));
		this.mvc
			.perform(put("/api/people/" + this.g.id("a") + "/connections/nobody-" + UUID.randomUUID())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":0.5}")
				.with(admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void mentorshipsAcceptedAndEndedMoveTheCardsWithoutARebuild() throws Exception {
		TestGraphs m = this.data.graph()
			.people("c", "mentor:mentor=1", "mentee")
			.ties("c-mentor:0.9", "mentor-mentee:0.9");
		String mentor = this.data.accounts().member(m.id("mentor"));
		String mentee = this.data.accounts().member(m.id("mentee"));
		String base = "/api/mentoring/" + m.id("mentor");
		this.mvc.perform(post(base + "/requests").with(this.data.accounts().as(mentee)))
			.andExpect(status().isCreated());
		network(m.id("c")).andExpect(node(m.id("mentor"), "mentor", true))
			.andExpect(node(m.id("mentee"), "mentee", false));
		long rebuilds = this.projection.rebuilds();

		this.mvc.perform(post(base + "/accept/" + m.id("mentee")).with(this.data.accounts().as(mentor)))
			.andExpect(status().isOk());
		// capacity 1, now taken: no longer shown as a mentor; the mentee is mentored
		network(m.id("c")).andExpect(node(m.id("mentor"), "mentor", false))
			.andExpect(node(m.id("mentee"), "mentee", true));

		this.mvc.perform(post(base + "/end/" + m.id("mentee")).with(this.data.accounts().as(mentee)))
			.andExpect(status().isOk());
		network(m.id("c")).andExpect(node(m.id("mentor"), "mentor", true))
			.andExpect(node(m.id("mentee"), "mentee", false));
		assertThat(this.projection.rebuilds()).as("cards replaced in place, no re-read").isEqualTo(rebuilds);
	}

	private org.springframework.test.web.servlet.ResultActions network(String centre) throws Exception {
		return this.mvc.perform(get("/api/people/" + centre + "/network?depth=2").with(admin()))
			.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.ResultMatcher node(String id, String flag, boolean value) {
		return jsonPath("$.nodes[?(@.id == '" + id + "')]." + flag).value(value);
	}

	private void putTie(String a, String b, String body) throws Exception {
		this.mvc
			.perform(put("/api/people/" + a + "/connections/" + b).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(admin()))
			.andExpect(status().is2xxSuccessful());
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	/** Sessions opened while answering, apart from the sign-in's account check. */
	private List<String> answerReads() {
		return this.driverCalls.calls().stream().filter(call -> !call.contains("AccountManagement.isActive")).toList();
	}

	private void askEverything(RequestPostProcessor who) throws Exception {
		String a = this.g.id("a");
		String b = this.g.id("b");
		this.driverCalls.watchThisThread();
		for (String mode : List.of("warmest", "fewest")) {
			this.mvc.perform(get("/api/paths?engine=graph&k=2&mode=" + mode + "&from=" + a + "&to=" + b).with(who))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.paths[0].steps[0].from.name").value("Test a"))
				.andExpect(jsonPath("$.paths[0].steps[0].context").value("colleague"));
		}
		this.mvc.perform(get("/api/people/" + a + "/mutuals/" + b).with(who))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mutuals[0].person.name").value("Test x"))
			.andExpect(jsonPath("$.mutuals[0].strengthToPerson").value(0.9))
			.andExpect(jsonPath("$.mutuals[0].contexts[0]").value("colleague"));
		this.mvc.perform(get("/api/people/" + a + "/network?depth=2").with(who))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes.length()").value(3));
		this.mvc.perform(get("/api/mentors/recommendations?for=" + a).with(who))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.for").value(a));
		this.driverCalls.stop();
	}

}
