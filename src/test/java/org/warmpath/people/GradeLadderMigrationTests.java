package org.warmpath.people;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WarmPathTest
class GradeLadderMigrationTests {

	@Autowired
	GradeLadderMigration migration;

	@Autowired
	Driver driver;

	/**
	 * Sorts after almost every other id, so that few batches cover the whole database.
	 */
	private final String p = "zz-ladder-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Test
	void peopleStoredUnderTheOldLadderGetTheirNewRungOnceAndOnlyOnce() {
		assertThat(this.migration.current()).as("start-up ran the step").isTrue();
		try {
			oldLadder();
		}
		finally {
			this.driver.executableQuery("MATCH (n:Person) WHERE n.id STARTS WITH $p DETACH DELETE n")
				.withParameters(Map.of("p", this.p))
				.execute();
		}
	}

	private void oldLadder() {
		// people as the first ladder stored them, and a database that says so
		this.driver.executableQuery("""
				CREATE (:Person {id: $p + 'cons', name: 'Test cons', grade: 'Consultant', seniority: 4}),
				       (:Person {id: $p + 'fy2', name: 'Test fy2', grade: 'FY2', seniority: 1}),
				       (:Person {id: $p + 'md', name: 'Test md', grade: 'Medical Director'}),
				       (:Person {id: $p + 'odd', name: 'Test odd', grade: 'Astronaut', seniority: 3}),
				       (:Person {id: $p + 'none', name: 'Test none', seniority: 2})
				WITH 1 AS one
				MATCH (g:GradeLadder) SET g.version = 1""").withParameters(Map.of("p", this.p)).execute();
		assertThat(this.migration.current()).isFalse();

		// batches that end between this test's second and third person (in id order), so
		// that paging through the people is exercised on the people checked here; a batch
		// of 2 did that too but paged the whole shared database two by two (16 s)
		int batch = Math.toIntExact(this.driver.executableQuery("MATCH (n:Person) WHERE n.id < $p RETURN count(n) AS n")
			.withParameters(Map.of("p", this.p))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong()) + 2;
		assertThat(this.migration.recompute(batch)).isGreaterThanOrEqualTo(5);
		assertThat(seniority("cons").asInt()).isEqualTo(15);
		assertThat(seniority("fy2").asInt()).isEqualTo(7);
		assertThat(seniority("md").asInt()).isEqualTo(19);
		assertThat(seniority("odd").isNull()).as("an unknown grade has no seniority").isTrue();
		assertThat(seniority("none").isNull()).isTrue();
		assertThat(this.migration.current()).isTrue();

		assertThat(this.migration.recompute(batch)).as("a second run changes nothing").isZero();
		assertThat(seniority("cons").asInt()).isEqualTo(15);
		assertThat(this.driver.executableQuery("MATCH (g:GradeLadder) RETURN count(g) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong()).isEqualTo(1);
	}

	private Value seniority(String name) {
		return this.driver.executableQuery("MATCH (n:Person {id: $id}) RETURN n.seniority AS s")
			.withParameters(Map.of("id", this.p + name))
			.execute()
			.records()
			.get(0)
			.get("s");
	}

}
