package org.warmpath.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.people.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * people.csv batches written two at once ({@code warmpath.ingest.people-writers}): tiny
 * batches that each create the same new shared nodes in different row orders still give
 * exact counts, one node per shared value, every relationship once, and the consent-kept
 * lines of every batch in file order.
 */
@WarmPathTest
class ParallelPeopleImportTests {

	private final Driver driver;

	private final People people;

	private final TestGraphs g;

	private final String p;

	@Autowired
	ParallelPeopleImportTests(Driver driver, People people, TestData data) {
		this.driver = driver;
		this.people = people;
		this.g = data.graph();
		this.p = this.g.prefix();
	}

	@Test
	void batchesWrittenAtOnceCreateEveryPersonAndSharedNodeOnce() {
		Imports imports = new Imports(this.driver, new IngestProperties(3, 1000, 0.3, 2, 2), (event) -> {
		}, this.people);
		StringBuilder csv = new StringBuilder("id,name,skills,specialty,openToIntroductions\n");
		for (int i = 0; i < 60; i++) {
			// the batch's skills in opposite orders, so unsorted merges would lock them
			// in opposite orders
			String skills = (i % 2 == 0) ? this.p + "x;" + this.p + "y" : this.p + "y;" + this.p + "x";
			csv.append(this.p)
				.append(i)
				.append(",Person ")
				.append(i)
				.append(',')
				.append(skills)
				.append(',')
				.append(this.p)
				.append("spec")
				.append(i % 4)
				.append(",true\n");
		}
		ImportReport first = imports.importPeople(in(csv.toString()), ImportMode.STRICT);
		assertThat(first.created()).isEqualTo(60);
		assertThat(first.updated()).isZero();
		assertThat(this.g.count("MATCH (s:Skill) WHERE s.name STARTS WITH $p RETURN count(s)")).isEqualTo(2);
		assertThat(this.g.count("MATCH (s:Specialty) WHERE s.name STARTS WITH $p RETURN count(s)")).isEqualTo(4);
		assertThat(this.g.count("MATCH (n:Person)-[r:HAS_SKILL]->(:Skill) WHERE n.id STARTS WITH $p RETURN count(r)"))
			.isEqualTo(120);
		assertThat(this.g
			.count("MATCH (n:Person)-[r:SPECIALISES_IN]->(:Specialty) WHERE n.id STARTS WITH $p RETURN count(r)"))
			.isEqualTo(60);

		// two people close themselves; the import that asks to open them keeps their
		// consent and reports their lines in file order, whichever batch finished first
		this.driver
			.executableQuery("MATCH (n:Person) WHERE n.id IN [$p + '7', $p + '52'] "
					+ "SET n.consentSetBy = 'self', n.openToIntroductions = false")
			.withParameters(Map.of("p", this.p))
			.execute();
		ImportReport again = imports.importPeople(in(csv.toString()), ImportMode.STRICT);
		assertThat(again.unchanged()).isEqualTo(60);
		assertThat(again.consentKept()).isEqualTo(2);
		assertThat(again.consentKeptLines()).containsExactly(9L, 54L);
	}

	private static ByteArrayInputStream in(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}

}
