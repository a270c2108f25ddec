package org.warmpath.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Cypher;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V0010 gives the introductions of a store made before it the links the quotas now count
 * ({@code OPEN_REQUEST} while REQUESTED or ACCEPTED, {@code PENDING_VIA} while
 * REQUESTED), and only those; run again it changes nothing.
 */
@WarmPathTest
class OpenIntroductionLinksMigrationTests {

	@Autowired
	Driver driver;

	@Autowired
	TestData data;

	@Test
	void introductionsMadeBeforeTheMigrationGetTheLinksOfTheirState() {
		TestGraphs g = this.data.graph().people("asker", "busy", "target");
		String[] states = { "REQUESTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "COMPLETED" };
		for (String state : states) {
			String id = g.prefix() + "-" + state;
			Map<String, Object> params = new HashMap<>();
			params.put("id", id);
			params.put("requester", g.id("asker"));
			params.put("via", g.id("busy"));
			params.put("target", g.id("target"));
			params.put("goal", null);
			params.put("message", null);
			params.put("tieStrength", null);
			params.put("programme", null);
			write(Cypher.query("introductions/create"), params);
			write("MATCH (i:Introduction {id: $id}) SET i.status = $status", Map.of("id", id, "status", state));
		}
		// as a store before V0010 holds them: no links
		write("MATCH (:Person {id: $p})-[o:OPEN_REQUEST]->() DELETE o", Map.of("p", g.id("asker")));
		write("MATCH ()-[p:PENDING_VIA]->(:Person {id: $p}) DELETE p", Map.of("p", g.id("busy")));

		SchemaMigrations.Migration v10 = SchemaMigrations.discover()
			.stream()
			.filter(m -> m.version() == 10)
			.findFirst()
			.orElseThrow();
		for (int run = 0; run < 2; run++) {
			for (String statement : v10.statements()) {
				write(statement, Map.of());
			}
			assertThat(linked("MATCH (:Person {id: $p})-[:OPEN_REQUEST]->(i) RETURN i.status AS s", g.id("asker")))
				.as("run %d", run + 1)
				.containsExactlyInAnyOrder("REQUESTED", "ACCEPTED");
			assertThat(linked("MATCH (i)-[:PENDING_VIA]->(:Person {id: $p}) RETURN i.status AS s", g.id("busy")))
				.as("run %d", run + 1)
				.containsExactly("REQUESTED");
		}
	}

	private List<String> linked(String cypher, String person) {
		return this.driver.executableQuery(cypher)
			.withParameters(Map.of("p", person))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("s").asString())
			.toList();
	}

	private void write(String cypher, Map<String, Object> params) {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run(cypher, params).consume());
		}
	}

}
