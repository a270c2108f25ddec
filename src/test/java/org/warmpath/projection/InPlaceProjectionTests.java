package org.warmpath.projection;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writes through the API are applied to the projection in place (issue 13): visible in
 * the very next answer, with no re-read of Neo4j, and the projection still agrees with
 * Neo4j afterwards, also after a compaction from memory.
 */
@WarmPathTest
class InPlaceProjectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Projection projection;

	@Autowired
	Driver driver;

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	private ResultActions paths(String from, String to) throws Exception {
		return this.mvc.perform(get("/api/paths?from=" + from + "&to=" + to + "&k=1").with(admin()));
	}

	private void putTie(String a, String b, double strength) throws Exception {
		this.mvc
			.perform(put("/api/people/" + a + "/connections/" + b).contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":" + strength + ",\"context\":\"colleague\"}")
				.with(admin()))
			.andExpect(status().is2xxSuccessful());
	}

	@Test
	void tiesAndPeopleWrittenThroughTheApiAreInTheNextAnswerWithoutARebuild() throws Exception {
		TestGraphs g = this.data.graph().people("s", "m", "n", "t").ties("s-m:0.9", "s-n:0.6", "n-t:0.6");
		String s = g.id("s");
		String m = g.id("m");
		String n = g.id("n");
		String t = g.id("t");
		paths(s, t).andExpect(jsonPath("$.paths[0].people", contains(s, n, t)));
		long rebuilds = this.projection.rebuilds();

		// a new tie: s-m-t (0.81) beats s-n-t (0.36)
		putTie(m, t, 0.9);
		paths(s, t).andExpect(jsonPath("$.paths[0].people", contains(s, m, t)));
		// a re-rated tie: s-m now 0.1
		putTie(m, s, 0.1);
		paths(s, t).andExpect(jsonPath("$.paths[0].people", contains(s, n, t)));
		// a new person, then their ties
		String x = "inplace-" + UUID.randomUUID();
		this.mvc
			.perform(put("/api/people/" + x).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Dr In Place\",\"openToIntroductions\":true}")
				.with(admin()))
			.andExpect(status().isCreated());
		putTie(s, x, 0.95);
		putTie(x, t, 0.95);
		paths(s, t).andExpect(jsonPath("$.paths[0].people", contains(s, x, t)));

		assertThat(this.projection.rebuilds()).as("no re-read of Neo4j").isEqualTo(rebuilds);
		KnowsGraph graph = this.projection.snapshot().graph();
		assertThat(graph.indexOf(x)).isGreaterThanOrEqualTo(0);
		assertThat(this.projection.snapshot().covers()).isEqualTo(this.projection.writesSeen());
		assertThat(ProjectionDigest.of(graph)).isEqualTo(ProjectionDigest.ofNeo4j(this.driver));

		// compaction from memory: same indices, same answers, still equal to Neo4j
		int[] before = { graph.indexOf(s), graph.indexOf(m), graph.indexOf(x), graph.indexOf(t) };
		Projection.Snapshot compacted = this.projection.compactNow();
		assertThat(compacted.graph()).isNotSameAs(graph);
		assertThat(compacted.graph().overlayTieCount()).isZero();
		assertThat(new int[] { compacted.graph().indexOf(s), compacted.graph().indexOf(m), compacted.graph().indexOf(x),
				compacted.graph().indexOf(t) })
			.containsExactly(before);
		paths(s, t).andExpect(jsonPath("$.paths[0].people", contains(s, x, t)));
		assertThat(ProjectionDigest.of(compacted.graph())).isEqualTo(ProjectionDigest.ofNeo4j(this.driver));
		assertThat(this.projection.rebuilds()).isEqualTo(rebuilds);
	}

}
