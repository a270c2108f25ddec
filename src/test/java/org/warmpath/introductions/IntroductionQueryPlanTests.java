package org.warmpath.introductions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Cypher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introduction read that every request, answer and withdrawal makes after its write
 * finds its introduction through the unique index: the list query it replaced filtered
 * with {@code $id IS NULL OR i.id = $id}, which no index serves, so each of those
 * requests scanned every introduction ever made (the load test's costliest read). And the
 * checks a new request makes count open requests through the links kept with their state
 * ({@code OPEN_REQUEST}, {@code PENDING_VIA}), so their cost does not grow with the
 * requester's or the introducer's history of requests.
 */
@WarmPathTest
class IntroductionQueryPlanTests {

	@Autowired
	Driver driver;

	@Autowired
	TestData data;

	@Test
	void oneIntroductionIsSeekedNotScanned() {
		Map<String, Object> params = new HashMap<>();
		params.put("id", "intro-1");
		params.put("person", null);
		List<String> operators = operators("introductions/one", params);
		assertThat(operators).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"));
		assertThat(operators).noneMatch(o -> o.startsWith("NodeByLabelScan") || o.startsWith("AllNodesScan"));
	}

	@Test
	void theRequestChecksCostTheSameWhateverThePeoplesHistory() {
		TestGraphs g = this.data.graph().people("asker", "busy", "target", "other", "friend");
		Map<String, Object> params = Map.of("requester", g.id("asker"), "via", g.id("busy"), "target", g.id("target"));
		write("introductions/create", g, g.prefix() + "-waiting", "friend", "busy", "other");
		// requests by the same asker through the same introducer, each withdrawn or
		// declined: past Neo4j's dense-node threshold (50 relationships), where a typed
		// expansion reads only its own type, then as many again
		past(g, 0, 60);
		long after60 = dbHits("introductions/request-checks", params);
		past(g, 60, 180);
		Map<String, Object> checks = checks(params);
		assertThat(checks).containsEntry("requesterPending", 0L)
			.containsEntry("introducerPending", 1L)
			.containsEntry("open", 0L);
		assertThat(dbHits("introductions/request-checks", params))
			.as("database hits after 180 past requests, against %d after 60", after60)
			.isLessThanOrEqualTo(after60 + 4);
		// an accepted request stays open for its requester, no longer waits on the
		// introducer
		String accepted = g.prefix() + "-accepted";
		write("introductions/create", g, accepted, "asker", "busy", "target");
		assertThat(checks(params)).containsEntry("requesterPending", 1L)
			.containsEntry("introducerPending", 2L)
			.containsEntry("open", 1L);
		write("introductions/transition", Map.of("id", accepted, "status", "ACCEPTED"));
		assertThat(checks(params)).containsEntry("requesterPending", 0L)
			.containsEntry("introducerPending", 1L)
			.containsEntry("open", 1L);
		write("introductions/transition", Map.of("id", accepted, "status", "COMPLETED"));
		assertThat(checks(params)).containsEntry("open", 0L);
	}

	private void past(TestGraphs g, int from, int to) {
		for (int i = from; i < to; i++) {
			String id = g.prefix() + "-past-" + i;
			write("introductions/create", g, id, "asker", "busy", (i % 2 == 0) ? "target" : "other");
			write("introductions/transition", Map.of("id", id, "status", (i % 3 == 0) ? "DECLINED" : "WITHDRAWN"));
		}
	}

	private Map<String, Object> checks(Map<String, Object> params) {
		try (var session = this.driver.session()) {
			return session.run(Cypher.query("introductions/request-checks"), params).single().asMap();
		}
	}

	private void write(String query, TestGraphs g, String id, String requester, String via, String target) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("requester", g.id(requester));
		params.put("via", g.id(via));
		params.put("target", g.id(target));
		params.put("goal", null);
		params.put("message", null);
		params.put("tieStrength", null);
		params.put("programme", null);
		write(query, params);
	}

	private void write(String query, Map<String, Object> params) {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run(Cypher.query(query), params).consume());
		}
	}

	private long dbHits(String query, Map<String, Object> params) {
		try (var session = this.driver.session()) {
			return total(session.run("PROFILE " + Cypher.query(query), params).consume().profile());
		}
	}

	private static long total(ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += total(child);
		}
		return hits;
	}

	private List<String> operators(String query, Map<String, Object> params) {
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + Cypher.query(query), params).consume().plan();
			List<String> out = new ArrayList<>();
			collect(plan, out);
			return out;
		}
	}

	private static void collect(Plan plan, List<String> out) {
		out.add(plan.operatorType());
		plan.children().forEach(c -> collect(c, out));
	}

}
