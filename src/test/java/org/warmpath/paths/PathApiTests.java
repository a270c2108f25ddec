package org.warmpath.paths;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The path API against the real in-process Neo4j and projection: answer shape, the rules
 * every engine keeps, and writes honoured by the very next query.
 */
@WarmPathTest
class PathApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	TestGraphs g;

	@BeforeEach
	void graph() {
		// a-x-b (0.9 x 0.9 = 0.81) is warmer than the direct a-b (0.5); a-y-z-b (0.857)
		// would be
		// warmer still, but z is not open to introductions
		this.g = this.data.graph()
			.people("a", "x", "y", "z:closed", "b")
			.ties("a-b:0.5", "a-x:0.9", "x-b:0.9", "a-y:0.95", "y-z:0.95", "z-b:0.95");
	}

	private ResultActions paths(String query) throws Exception {
		return this.mvc.perform(get("/api/paths?" + query).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)));
	}

	@Test
	void prefersTwoStrongTiesOverOneWeakTieAndExplainsEachHop() throws Exception {
		paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=2").andExpect(status().isOk())
			.andExpect(jsonPath("$.engine").value("graph"))
			.andExpect(jsonPath("$.paths", hasSize(2)))
			.andExpect(jsonPath("$.paths[0].people", contains(this.g.id("a"), this.g.id("x"), this.g.id("b"))))
			.andExpect(jsonPath("$.paths[0].hops").value(2))
			.andExpect(jsonPath("$.paths[0].warmth", closeTo(0.81, 1e-9)))
			.andExpect(jsonPath("$.paths[0].cost", closeTo(-2 * Math.log(0.9), 1e-6)))
			.andExpect(jsonPath("$.paths[0].steps[0].from.id").value(this.g.id("a")))
			.andExpect(jsonPath("$.paths[0].steps[0].to.name").value("Test x"))
			.andExpect(jsonPath("$.paths[0].steps[0].strength").value(0.9))
			.andExpect(jsonPath("$.paths[0].steps[0].context").value("colleague"))
			.andExpect(jsonPath("$.paths[1].people", contains(this.g.id("a"), this.g.id("b"))));
	}

	@Test
	void neverPassesThroughSomeoneNotOpenToIntroductions() throws Exception {
		// a-y-z-b would be warmest (0.857) but z is closed
		for (String engine : List.of("graph", "cypher")) {
			paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=5&engine=" + engine)
				.andExpect(jsonPath("$.paths", hasSize(2)))
				.andExpect(jsonPath("$.paths[0].people", contains(this.g.id("a"), this.g.id("x"), this.g.id("b"))))
				.andExpect(jsonPath("$.paths[1].people", contains(this.g.id("a"), this.g.id("b"))));
		}
	}

	@Test
	void consentWithdrawnIsHonouredByTheNextQuery() throws Exception {
		String body = "{\"name\":\"Test x\",\"grade\":\"Foundation doctor\",\"openToIntroductions\":false}";
		this.mvc
			.perform(put("/api/people/" + this.g.id("x")).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		for (String engine : List.of("graph", "cypher")) {
			paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=3&engine=" + engine)
				.andExpect(jsonPath("$.paths", hasSize(1)))
				.andExpect(jsonPath("$.paths[0].people", contains(this.g.id("a"), this.g.id("b"))));
		}
	}

	@Test
	void deletedTieIsNeverUsedAfterTheDeleteAnswers() throws Exception {
		this.mvc
			.perform(delete("/api/people/" + this.g.id("x") + "/connections/" + this.g.id("b"))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNoContent());
		paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=3")
			.andExpect(jsonPath("$.paths[0].people", contains(this.g.id("a"), this.g.id("b"))))
			.andExpect(jsonPath("$.paths", hasSize(1)));
	}

	@Test
	void newTieIsUsedByTheNextQuery() throws Exception {
		this.mvc
			.perform(put("/api/people/" + this.g.id("a") + "/connections/" + this.g.id("b"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\": 1.0, \"context\": \"supervisor\"}")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=1")
			.andExpect(jsonPath("$.paths[0].people", contains(this.g.id("a"), this.g.id("b"))))
			.andExpect(jsonPath("$.paths[0].warmth").value(1.0))
			.andExpect(jsonPath("$.paths[0].steps[0].context").value("supervisor"));
	}

	@Test
	void avoidedPeopleNeverStandInTheMiddle() throws Exception {
		paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=3&avoid=" + this.g.id("x"))
			.andExpect(jsonPath("$.paths", hasSize(1)))
			.andExpect(jsonPath("$.paths[0].people", contains(this.g.id("a"), this.g.id("b"))));
	}

	@Test
	void fewestModeOrdersByHopsThenCost() throws Exception {
		for (String engine : List.of("graph", "cypher")) {
			paths("from=" + this.g.id("a") + "&to=" + this.g.id("b") + "&k=2&mode=fewest&engine=" + engine)
				.andExpect(jsonPath("$.paths[0].hops").value(1))
				.andExpect(jsonPath("$.paths[1].people", contains(this.g.id("a"), this.g.id("x"), this.g.id("b"))));
		}
	}

	@Test
	void noPathIsAnEmptyList() throws Exception {
		String lonely = this.data.graph().people("island").id("island");
		paths("from=" + this.g.id("a") + "&to=" + lonely).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasSize(0)));
	}

	@Test
	void badRequestsAreProblems() throws Exception {
		String a = this.g.id("a");
		String b = this.g.id("b");
		paths("from=" + a + "&to=" + a).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("to"));
		paths("from=" + a + "&to=" + b + "&k=11").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("k"));
		paths("from=" + a + "&to=" + b + "&maxHops=7").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("maxHops"));
		paths("from=" + a + "&to=" + b + "&mode=coldest").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mode"));
		paths("from=" + a + "&to=" + b + "&avoid=" + this.g.id("x") + ",,").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("avoid"));
		paths("from=" + a + "&to=" + b + "&minStrength=1.5").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("minStrength"));
		paths("from=" + a + "&to=" + b + "&engine=magic").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("engine"));
		paths("from=nobody-here&to=" + b).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		paths("from=" + a + "&to=" + b + "&k=abc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("k"));
	}

	@Test
	void mutualsAreRankedByTheWeakerTie() throws Exception {
		TestGraphs m = this.data.graph()
			.people("me", "strong", "lopsided", "shut:closed", "target")
			.ties("me-strong:0.7", "strong-target:0.7", "me-lopsided:1.0", "lopsided-target:0.2", "me-shut:0.9",
					"shut-target:0.9");
		this.mvc
			.perform(get("/api/people/" + m.id("me") + "/mutuals/" + m.id("target"))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(2))
			.andExpect(jsonPath("$.mutuals[0].person.id").value(m.id("strong")))
			.andExpect(jsonPath("$.mutuals[0].strengthToPerson").value(0.7))
			.andExpect(jsonPath("$.mutuals[0].contexts", contains("colleague", "colleague")))
			.andExpect(jsonPath("$.mutuals[1].person.id").value(m.id("lopsided")));
	}

	@Test
	void egoNetworkIsBoundedByLimit() throws Exception {
		this.mvc
			.perform(get("/api/people/" + this.g.id("a") + "/network?depth=2&limit=3")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes", hasSize(3)))
			.andExpect(jsonPath("$.truncated").value(true))
			.andExpect(jsonPath("$.nodes[0].id").value(this.g.id("a")))
			.andExpect(jsonPath("$.nodes[0].hops").value(0));
		this.mvc
			.perform(get("/api/people/" + this.g.id("a") + "/network?depth=4")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest());
	}

}
