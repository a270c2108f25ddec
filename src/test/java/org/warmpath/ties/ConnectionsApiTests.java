package org.warmpath.ties;

import org.warmpath.people.EvidenceKind;
import java.time.LocalDate;
import java.util.Map;

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

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, ties owned by both people: a side waits for the other, both sides make a tie
 * that paths use at once, either person removes it at once; the strength comes with its
 * parts; bad input is a problem naming its field and writes nothing.
 */
@WarmPathTest
class ConnectionsApiTests {

	private static final String ADA_SIDE = """
			{"evidence": [{"kind": "worked-together", "since": "2020-01-01", "until": "2023-06-30",
			  "note": "Cardiology ward, Cardiff"}], "closeness": 4}""";

	private static final String BOB_SIDE = """
			{"evidence": [{"kind": "supervised-me", "since": "2021-02-01"}], "closeness": 5}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	private ResultActions side(RequestPostProcessor as, String other, String body) throws Exception {
		return this.mvc.perform(
				put("/api/me/connections/" + other).with(as).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions path(RequestPostProcessor as, TestGraphs g) throws Exception {
		return this.mvc.perform(get("/api/paths?k=1&from=" + g.id("ada") + "&to=" + g.id("bob")).with(as))
			.andExpect(status().isOk());
	}

	@Test
	void aSideWaitsForTheOtherThenTheTieIsInPathsAtOnceUntilEitherRemovesIt() throws Exception {
		TestGraphs g = this.data.graph().people("ada", "bob", "cy").ties("bob-cy:0.6");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor ada = accounts.as(accounts.member(g.id("ada")));
		RequestPostProcessor bob = accounts.as(accounts.member(g.id("bob")));
		RequestPostProcessor cy = accounts.as(accounts.member(g.id("cy")));

		side(ada, g.id("bob"), ADA_SIDE).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.strength").value(nullValue()));
		path(ada, g).andExpect(jsonPath("$.paths", hasSize(0)));
		this.mvc.perform(get("/api/me/connections").with(ada))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.pending[0].person.id").value(g.id("bob")));
		// bob sees ada's side as a request; nobody else sees it
		this.mvc.perform(get("/api/me/connections/requests").with(bob))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].person.id").value(g.id("ada")))
			.andExpect(jsonPath("$[0].side.closeness").value(4))
			.andExpect(jsonPath("$[0].side.evidence[0].kind").value("worked-together"))
			.andExpect(jsonPath("$[0].side.evidence[0].until").value("2023-06-30"));
		this.mvc.perform(get("/api/me/connections/requests").with(cy)).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/me/connections/requests").with(ada)).andExpect(jsonPath("$", hasSize(0)));

		// bob confirms with his own side: the tie exists, with its strength and parts
		side(bob, g.id("ada"), BOB_SIDE).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("confirmed"))
			.andExpect(jsonPath("$.strengthParts.ratings").value(closeTo(0.875, 1e-9)))
			.andExpect(jsonPath("$.strengthParts.kinds", containsInAnyOrder("worked-together", "supervised-me")));
		double strength = TieStrength.of(
				java.util.List.of(
						new Evidence(EvidenceKind.WORKED_TOGETHER, LocalDate.parse("2020-01-01"),
								LocalDate.parse("2023-06-30"), null),
						new Evidence(EvidenceKind.SUPERVISED_ME, LocalDate.parse("2021-02-01"), null, null)),
				java.util.List.of(4, 5), LocalDate.now(java.time.ZoneOffset.UTC))
			.strength();
		path(ada, g).andExpect(jsonPath("$.paths", hasSize(1)))
			.andExpect(jsonPath("$.paths[0].steps[0].strength").value(closeTo(strength, 1e-6)))
			.andExpect(jsonPath("$.paths[0].steps[0].context").value("supervised-me"))
			.andExpect(jsonPath("$.paths[0].steps[0].strengthParts.ratings").value(closeTo(0.875, 1e-9)))
			.andExpect(jsonPath("$.paths[0].steps[0].strengthParts.kinds",
					containsInAnyOrder("worked-together", "supervised-me")));
		this.mvc.perform(get("/api/me/connections").with(ada))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.pending", hasSize(0)))
			.andExpect(jsonPath("$.connections[0].person.id").value(g.id("bob")))
			.andExpect(jsonPath("$.connections[0].mine.closeness").value(4))
			.andExpect(jsonPath("$.connections[0].theirs.closeness").value(5))
			.andExpect(jsonPath("$.connections[0].theirs.evidence[0].kind").value("supervised-me"))
			.andExpect(jsonPath("$.connections[0].confirmedBy", containsInAnyOrder(g.id("ada"), g.id("bob"))))
			.andExpect(jsonPath("$.connections[0].confirmedAt").value(not(nullValue())))
			.andExpect(jsonPath("$.connections[0].source").value("vouched"))
			.andExpect(jsonPath("$.connections[0].strength").value(closeTo(strength, 1e-9)))
			.andExpect(jsonPath("$.connections[0].strengthParts.ratings").value(closeTo(0.875, 1e-9)))
			.andExpect(jsonPath("$.connections[0].strengthParts.recency").value(closeTo(1.0, 1e-9)));
		this.mvc.perform(get("/api/me/connections/requests").with(bob)).andExpect(jsonPath("$", hasSize(0)));
		// a mutual connection explains the rated tie, not the imported one
		this.mvc.perform(get("/api/people/" + g.id("ada") + "/mutuals/" + g.id("cy")).with(ada))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mutuals[0].person.id").value(g.id("bob")))
			.andExpect(jsonPath("$.mutuals[0].strengthParts[0].ratings").value(closeTo(0.875, 1e-9)))
			.andExpect(jsonPath("$.mutuals[0].strengthParts[1]").value(nullValue()));

		// either removes it: gone from paths at once, for both
		this.mvc.perform(delete("/api/me/connections/" + g.id("ada")).with(bob)).andExpect(status().isNoContent());
		path(ada, g).andExpect(jsonPath("$.paths", hasSize(0)));
		this.mvc.perform(get("/api/me/connections").with(ada))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.pending", hasSize(0)));
		this.mvc.perform(delete("/api/me/connections/" + g.id("ada")).with(bob))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void declineRemovesTheRequest() throws Exception {
		TestGraphs g = this.data.graph().people("ada", "bob");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor ada = accounts.as(accounts.member(g.id("ada")));
		RequestPostProcessor bob = accounts.as(accounts.member(g.id("bob")));
		side(ada, g.id("bob"), ADA_SIDE).andExpect(status().isAccepted());
		this.mvc.perform(delete("/api/me/connections/" + g.id("ada")).with(bob)).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/me/connections/requests").with(bob)).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/me/connections").with(ada)).andExpect(jsonPath("$.pending", hasSize(0)));
	}

	@Test
	void writingTheSameSideTwiceChangesNothing() throws Exception {
		TestGraphs g = this.data.graph().people("ada", "bob");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor ada = accounts.as(accounts.member(g.id("ada")));
		RequestPostProcessor bob = accounts.as(accounts.member(g.id("bob")));
		String first = side(ada, g.id("bob"), ADA_SIDE).andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		side(ada, g.id("bob"), ADA_SIDE).andExpect(status().isAccepted()).andExpect(content().json(first, true));
		String confirmed = side(bob, g.id("ada"), BOB_SIDE).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		side(bob, g.id("ada"), BOB_SIDE).andExpect(status().isOk()).andExpect(content().json(confirmed, true));
		assertThat(g.count("MATCH (:Person {id: $p + 'ada'})-[v:VOUCHES]->(:Person {id: $p + 'bob'}) RETURN count(v)"))
			.isEqualTo(1);
		assertThat(g.count("MATCH (:Person {id: $p + 'ada'})-[k:KNOWS]-(:Person {id: $p + 'bob'}) RETURN count(k)"))
			.isEqualTo(1);
	}

	@Test
	void anImportedTieKeepsItsStrengthUntilEitherPersonRatesIt() throws Exception {
		TestGraphs g = this.data.graph().people("ada", "bob").ties("ada-bob:0.37");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor ada = accounts.as(accounts.member(g.id("ada")));
		RequestPostProcessor bob = accounts.as(accounts.member(g.id("bob")));
		this.mvc.perform(get("/api/me/connections").with(ada))
			.andExpect(jsonPath("$.connections[0].strength").value(0.37))
			.andExpect(jsonPath("$.connections[0].strengthParts").value(nullValue()))
			.andExpect(jsonPath("$.connections[0].confirmedBy", hasSize(0)))
			.andExpect(jsonPath("$.connections[0].source").value("import"));
		path(ada, g).andExpect(jsonPath("$.paths[0].steps[0].strength").value(0.37))
			.andExpect(jsonPath("$.paths[0].steps[0].strengthParts").value(nullValue()));
		// one side re-rates it at once (the tie exists already: nothing to wait for)
		side(bob, g.id("ada"), "{\"closeness\": 5}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("confirmed"))
			.andExpect(jsonPath("$.strengthParts.ratings").value(1.0));
		double rated = TieStrength.of(java.util.List.of(), java.util.List.of(5), LocalDate.now()).strength();
		assertThat(rated).isNotEqualTo(0.37);
		path(ada, g).andExpect(jsonPath("$.paths[0].steps[0].strength").value(closeTo(rated, 1e-6)));
		this.mvc.perform(get("/api/me/connections").with(ada))
			.andExpect(jsonPath("$.connections[0].strength").value(closeTo(rated, 1e-9)))
			.andExpect(jsonPath("$.connections[0].source").value("import"))
			.andExpect(jsonPath("$.connections[0].confirmedBy", containsInAnyOrder(g.id("bob"))));
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
		TestGraphs g = this.data.graph().people("ada", "bob");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor ada = accounts.as(accounts.member(g.id("ada")));
		String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
		StringBuilder many = new StringBuilder("{\"closeness\": 3, \"evidence\": [");
		for (int i = 0; i < 21; i++) {
			many.append(i == 0 ? "" : ",").append("{\"kind\": \"social\"}");
		}
		many.append("]}");
		Map<String, String> bodies = Map.ofEntries(Map.entry("{}", "closeness"),
				Map.entry("{\"closeness\": 0}", "closeness"), Map.entry("{\"closeness\": 6}", "closeness"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"drinking-buddies\"}]}", "evidence[0].kind"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\"}, {}]}", "evidence[1].kind"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\", \"since\": \"2020-13-01\"}]}",
						"evidence[0].since"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\", \"since\": \"" + tomorrow + "\"}]}",
						"evidence[0].since"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\", \"until\": \"" + tomorrow + "\"}]}",
						"evidence[0].until"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\", \"since\": \"2022-01-01\", "
						+ "\"until\": \"2021-01-01\"}]}", "evidence[0].until"),
				Map.entry("{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\", \"note\": \"" + "x".repeat(501)
						+ "\"}]}", "evidence[0].note"),
				Map.entry(many.toString(), "evidence"));
		for (Map.Entry<String, String> bad : bodies.entrySet()) {
			side(ada, g.id("bob"), bad.getKey()).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value(bad.getValue()));
		}
		side(ada, g.id("ada"), ADA_SIDE).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("otherId"));
		side(ada, g.id("nobody"), ADA_SIDE).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("otherId"));
		assertThat(g.count("MATCH (:Person {id: $p + 'ada'})-[v:VOUCHES]-() RETURN count(v)")).isZero();
		// a note of exactly 500 characters and 20 items are fine
		side(ada, g.id("bob"),
				"{\"closeness\": 3, \"evidence\": [{\"kind\": \"social\", \"note\": \"" + "x".repeat(500) + "\"}]}")
			.andExpect(status().isAccepted());
	}

}
