package org.warmpath.mentorsearch;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.DriverCalls;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.outcomes.IntroductionChanged;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.people.ProgrammeMembershipChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One search across programme pools and the mentee's own network (issue 15): a mentor in
 * one of the mentee's programmes is reachable through the programme, with no path; each
 * mentor says its routes; the same consent, capacity and pause rules as ever; membership
 * changes apply in place.
 */
@WarmPathTest
class ProgrammeRoutesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DriverCalls driverCalls;

	@Autowired
	MentorCatalogue catalogue;

	@Autowired
	MentorSearch search;

	@AfterEach
	void stop() {
		this.driverCalls.stop();
	}

	@Test
	void aProgrammeMentorOutOfReachComesWithTheProgrammeRouteAloneAndAReachableOneWithBoth() throws Exception {
		TestGraphs g = this.data.graph()
			.people("mentee", "friend", "alone:mentor=2", "near:mentor=2", "far:mentor=2")
			.ties("mentee-near:0.9", "mentee-friend:0.5", "friend-far:0.5");
		String scheme = programme(g, "scheme", "Cardiology buddy scheme");
		join(g, "mentee", scheme, "mentee");
		join(g, "alone", scheme, "mentor");
		join(g, "near", scheme, "mentor");
		join(g, "far", scheme, "mentor");

		recommend(g, "mentee", "").andExpect(jsonPath(at(g, "alone") + ".routes[*].kind", contains("programme")))
			.andExpect(jsonPath(at(g, "alone") + ".routes[0].programme.id", contains(scheme)))
			.andExpect(jsonPath(at(g, "alone") + ".routes[0].programme.name", contains("Cardiology buddy scheme")))
			.andExpect(jsonPath(at(g, "alone") + ".routes[0].path").doesNotExist())
			.andExpect(jsonPath(at(g, "alone") + ".path", contains((Object) null)))
			.andExpect(jsonPath(at(g, "alone") + ".parts.reachability", contains(MentorSearch.PROGRAMME_REACH)))
			// a direct tie warmer than the programme: both routes, the tie's warmth
			.andExpect(jsonPath(at(g, "near") + ".routes[*].kind", contains("programme", "network")))
			.andExpect(jsonPath(at(g, "near") + ".routes[1].path.people[*]", contains(g.id("mentee"), g.id("near"))))
			.andExpect(jsonPath(at(g, "near") + ".parts.reachability", contains(0.9)))
			// a cool path: both routes, the programme's warmth
			.andExpect(jsonPath(at(g, "far") + ".routes[*].kind", contains("programme", "network")))
			.andExpect(jsonPath(at(g, "far") + ".routes[1].path.hops", contains(2)))
			.andExpect(jsonPath(at(g, "far") + ".parts.reachability", contains(MentorSearch.PROGRAMME_REACH)));

		// the ranking that stops early gives what the full ranking gives, pools included
		for (int limit : new int[] { 1, 2, 3, 5, 50 }) {
			assertThat(withoutTime(this.search.recommend(g.id("mentee"), null, null, null, "any", null, limit)))
				.as("limit %d", limit)
				.isEqualTo(withoutTime(
						this.search.recommendByFullRanking(g.id("mentee"), null, null, null, "any", null, limit)));
			assertThat(withoutTime(this.search.recommend(g.id("mentee"), null, null, null, "any", scheme, limit)))
				.isEqualTo(withoutTime(
						this.search.recommendByFullRanking(g.id("mentee"), null, null, null, "any", scheme, limit)));
		}
	}

	@Test
	void anIntroducerAtTheirQuotaIsNeverTheMiddleOfAMentorsNetworkRoute() throws Exception {
		TestGraphs g = this.data.graph()
			.people("mentee", "busy", "other", "viaBoth:mentor=2", "viaBusy:mentor=2")
			.ties("mentee-busy:0.9", "busy-viaBoth:0.9", "busy-viaBusy:0.9", "mentee-other:0.5", "other-viaBoth:0.5");
		recommend(g, "mentee", "")
			.andExpect(jsonPath(at(g, "viaBoth") + ".routes[0].path.people[1]", contains(g.id("busy"))))
			.andExpect(jsonPath(at(g, "viaBoth") + ".skipped[*].reason").isEmpty())
			.andExpect(jsonPath(at(g, "viaBusy") + ".routes[0].kind", contains("network")));
		// three asks wait for "busy" (the quota): no route passes through them any more
		for (int i = 0; i < 3; i++) {
			this.events.publishEvent(new IntroductionChanged("quota-" + g.prefix() + i, g.id("other"), g.id("busy"),
					g.id("viaBusy"), null, "REQUESTED", false));
		}
		try {
			recommend(g, "mentee", "")
				.andExpect(jsonPath(at(g, "viaBoth") + ".routes[0].path.people[1]", contains(g.id("other"))))
				.andExpect(jsonPath(at(g, "viaBoth") + ".parts.reachability", contains(0.25)))
				.andExpect(jsonPath("$.mentors[*].routes[*].path.people[*]", not(hasItem(g.id("busy")))))
				// and says so, without naming them
				.andExpect(jsonPath(at(g, "viaBoth") + ".skipped[0].reason", contains("3 asks waiting")))
				.andExpect(jsonPath(at(g, "viaBoth") + ".skipped[0].person").doesNotExist());
			for (int limit : new int[] { 1, 2, 5 }) {
				assertThat(withoutTime(this.search.recommend(g.id("mentee"), null, null, null, "any", null, limit)))
					.isEqualTo(withoutTime(
							this.search.recommendByFullRanking(g.id("mentee"), null, null, null, "any", null, limit)));
			}
		}
		finally {
			for (int i = 0; i < 3; i++) {
				this.events.publishEvent(new IntroductionChanged("quota-" + g.prefix() + i, g.id("other"), g.id("busy"),
						g.id("viaBusy"), "REQUESTED", "WITHDRAWN", false));
			}
		}
	}

	@Test
	void programmeNamesTheOnePoolSearchedEvenOneTheMenteeIsNotIn() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "inA:mentor=2", "inB:mentor=2", "inC:mentor=2");
		String a = programme(g, "a", "Scheme A");
		String b = programme(g, "b", "Scheme B");
		String c = programme(g, "c", "Scheme C");
		join(g, "mentee", a, "mentee");
		join(g, "mentee", b, "member");
		join(g, "inA", a, "mentor");
		join(g, "inB", b, "mentor");
		join(g, "inC", c, "mentor");

		recommend(g, "mentee", "").andExpect(jsonPath("$.mentors[*].person.id", hasItem(g.id("inA"))))
			.andExpect(jsonPath("$.mentors[*].person.id", hasItem(g.id("inB"))))
			.andExpect(noProgrammeRoute(g, "inC"));
		recommend(g, "mentee", "&programme=" + a)
			.andExpect(jsonPath(at(g, "inA") + ".routes[0].kind", contains("programme")))
			.andExpect(noProgrammeRoute(g, "inB"));
		// a scheme the mentee has not joined: its pool all the same
		recommend(g, "mentee", "&programme=" + c)
			.andExpect(jsonPath(at(g, "inC") + ".routes[0].programme.name", contains("Scheme C")))
			.andExpect(noProgrammeRoute(g, "inA"));

		this.mvc
			.perform(get("/api/mentors/recommendations?for=" + g.id("mentee") + "&programme=" + g.prefix() + "nope")
				.with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// a programme with no members yet exists: an empty pool, not a 404
		this.driver.executableQuery("CREATE (:Programme {id: $id, name: 'Empty scheme'})")
			.withParameters(Map.of("id", g.prefix() + "empty"))
			.execute();
		recommend(g, "mentee", "&programme=" + g.prefix() + "empty").andExpect(noProgrammeRoute(g, "inA"));
	}

	@Test
	void aFullPausedOrClosedMentorNeverComesThroughTheProgramme() throws Exception {
		TestGraphs g = this.data.graph()
			.people("mentee", "open:mentor=1", "full:mentor=0", "paused:mentor=2", "notMentoring");
		String scheme = programme(g, "scheme", "Deanery scheme");
		for (String who : List.of("mentee", "open", "full", "paused", "notMentoring")) {
			join(g, who, scheme, who.equals("mentee") ? "mentee" : "mentor");
		}
		String paused = this.data.accounts().member(g.id("paused"));
		this.mvc
			.perform(patch("/api/me/mentoring").contentType(MediaType.APPLICATION_JSON)
				.content("{\"available\": false}")
				.with(this.data.accounts().as(paused)))
			.andExpect(status().isOk());

		recommend(g, "mentee", "").andExpect(jsonPath(at(g, "open") + ".routes[0].kind", contains("programme")))
			.andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(g.id("full")))))
			.andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(g.id("paused")))))
			.andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(g.id("notMentoring")))));
		// a member of the programme as a mentee is not one of its mentors
		TestGraphs h = this.data.graph().people("mentee", "peer:mentor=2");
		String other = programme(h, "scheme", "Alumni network");
		join(h, "mentee", other, "mentee");
		join(h, "peer", other, "mentee");
		recommend(h, "mentee", "").andExpect(noProgrammeRoute(h, "peer"));
	}

	@Test
	void aMembershipChangeShowsInTheNextAnswerWithoutARebuildOrARead() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "mentor:mentor=2");
		String scheme = programme(g, "scheme", "Faculty scheme");
		join(g, "mentee", scheme, "mentee");
		recommend(g, "mentee", "").andExpect(noProgrammeRoute(g, "mentor"));
		long loads = this.catalogue.loads();

		join(g, "mentor", scheme, "mentor");
		this.driverCalls.watchThisThread();
		recommend(g, "mentee", "").andExpect(jsonPath(at(g, "mentor") + ".routes[0].programme.id", contains(scheme)));
		this.driverCalls.stop();
		assertThat(reads()).as("recommendations after the change").isEmpty();

		this.driver.executableQuery("MATCH (:Person {id: $p})-[m:MEMBER_OF]->(:Programme {id: $g}) DELETE m")
			.withParameters(Map.of("p", g.id("mentor"), "g", scheme))
			.execute();
		this.events.publishEvent(new ProgrammeMembershipChanged(g.id("mentor"), scheme, false, null));
		recommend(g, "mentee", "").andExpect(noProgrammeRoute(g, "mentor"));
		assertThat(this.catalogue.loads()).as("in place, no re-read").isEqualTo(loads);
	}

	@Test
	void membershipsWrittenBehindTheCatalogueAreReadByALoadAndByAnEditOfThePerson() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "mentor:mentor=2", "edited:mentor=2");
		String scheme = programme(g, "scheme", "College scheme");
		// written with no event: the next bulk write (an import) re-reads the catalogue
		write(g, "mentee", scheme, "mentee");
		write(g, "mentor", scheme, "mentor");
		this.data.graph().people("someone");
		recommend(g, "mentee", "").andExpect(jsonPath(at(g, "mentor") + ".routes[0].programme.id", contains(scheme)));

		// an edit of a person through the API may name programmes: read again in place
		long loads = this.catalogue.loads();
		this.mvc
			.perform(put("/api/people/" + g.id("edited")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Test edited\",\"grade\":\"Consultant\",\"specialty\":\"Cardiology\","
						+ "\"region\":\"Wales\",\"openToIntroductions\":true,\"openToMentoring\":true,"
						+ "\"mentorCapacity\":2,\"programmes\":[\"College scheme " + g.prefix() + "\"]}")
				.with(admin()))
			.andExpect(status().is2xxSuccessful());
		String edited = this.driver
			.executableQuery("MATCH (:Person {id: $p})-[:MEMBER_OF]->(g:Programme) RETURN g.id AS id")
			.withParameters(Map.of("p", g.id("edited")))
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
		recommend(g, "mentee", "&programme=" + edited)
			.andExpect(jsonPath(at(g, "edited") + ".routes[0].programme.id", contains(edited)));
		assertThat(this.catalogue.loads()).as("in place, no re-read").isEqualTo(loads);
	}

	@Test
	void visibilityRulesAreUnchangedAStrangerSeesNothingAndAPrivatePathStaysRedacted() throws Exception {
		TestGraphs g = this.data.graph()
			.people("mentee", "hidden", "mentor:mentor=2", "stranger")
			.ties("mentee-hidden:0.5", "hidden-mentor:0.5");
		String scheme = programme(g, "scheme", "Buddy scheme");
		join(g, "mentee", scheme, "mentee");
		join(g, "mentor", scheme, "mentor");
		String mentee = this.data.accounts().member(g.id("mentee"));
		String stranger = this.data.accounts().member(g.id("stranger"));
		String hidden = this.data.accounts().member(g.id("hidden"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, this.data.accounts().as(hidden));

		this.mvc
			.perform(get("/api/mentors/recommendations?for=" + g.id("mentee")).with(this.data.accounts().as(stranger)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		ResultActions own = this.mvc
			.perform(get("/api/mentors/recommendations?limit=50&for=" + g.id("mentee"))
				.with(this.data.accounts().as(mentee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(at(g, "mentor") + ".routes[*].kind", contains("programme", "network")));
		String body = own.andReturn().getResponse().getContentAsString();
		// the network route's path is the redacted top-level path, never the full one
		Object path = com.jayway.jsonpath.JsonPath.read(body, at(g, "mentor") + ".path.people");
		Object routePath = com.jayway.jsonpath.JsonPath.read(body, at(g, "mentor") + ".routes[1].path.people");
		assertThat(routePath).isEqualTo(path);
		assertThat(path.toString()).doesNotContain(g.id("hidden"));
	}

	/** Creates a programme of this graph; its id. */
	private String programme(TestGraphs g, String key, String name) {
		String id = g.prefix() + key;
		this.driver.executableQuery("CREATE (:Programme {id: $id, name: $name})")
			.withParameters(Map.of("id", id, "name", name))
			.execute();
		return id;
	}

	/** Adds a membership as the programmes API does: written, then published. */
	private void join(TestGraphs g, String who, String programme, String as) {
		write(g, who, programme, as);
		this.events.publishEvent(new ProgrammeMembershipChanged(g.id(who), programme, true, as));
	}

	private void write(TestGraphs g, String who, String programme, String as) {
		this.driver
			.executableQuery(
					"MATCH (p:Person {id: $p}), (g:Programme {id: $g}) MERGE (p)-[m:MEMBER_OF]->(g) SET m.as = $as")
			.withParameters(Map.of("p", g.id(who), "g", programme, "as", as))
			.execute();
	}

	private ResultActions recommend(TestGraphs g, String mentee, String query) throws Exception {
		return this.mvc.perform(get("/api/mentors/recommendations?limit=50&for=" + g.id(mentee) + query).with(admin()))
			.andExpect(status().isOk());
	}

	/** The mentor is not returned, or returned with no programme route (cold). */
	private static ResultMatcher noProgrammeRoute(TestGraphs g, String mentor) {
		return jsonPath(at(g, mentor) + ".routes[*].kind", not(hasItem("programme")));
	}

	/** The JSON path of one mentor of the answer (a list of at most one). */
	private static String at(TestGraphs g, String mentor) {
		return "$.mentors[?(@.person.id == '" + g.id(mentor) + "')]";
	}

	private List<String> reads() {
		return this.driverCalls.calls()
			.stream()
			.filter(call -> !call.contains("AccountManagement.isActive")
					&& !call.contains("AccountManagement.loadUserByUsername"))
			.toList();
	}

	private static MentorRecommendations withoutTime(MentorRecommendations r) {
		return new MentorRecommendations(r.forPerson(), r.level(), r.candidates(), r.mentors(), r.weights(), 0);
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

}
