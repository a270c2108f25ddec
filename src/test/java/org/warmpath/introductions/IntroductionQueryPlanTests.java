package org.warmpath.introductions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Cypher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introduction read that every request, answer and withdrawal makes after its write
 * finds its introduction through the unique index: the list query it replaced filtered
 * with {@code $id IS NULL OR i.id = $id}, which no index serves, so each of those
 * requests scanned every introduction ever made (the load test's costliest read).
 */
@WarmPathTest
class IntroductionQueryPlanTests {

	@Autowired
	Driver driver;

	@Test
	void oneIntroductionIsSeekedNotScanned() {
		Map<String, Object> params = new HashMap<>();
		params.put("id", "intro-1");
		params.put("person", null);
		List<String> operators = operators("introductions/one", params);
		assertThat(operators).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"));
		assertThat(operators).noneMatch(o -> o.startsWith("NodeByLabelScan") || o.startsWith("AllNodesScan"));
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
