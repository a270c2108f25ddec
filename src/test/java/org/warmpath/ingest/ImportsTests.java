package org.warmpath.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.ErrorResponseException;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.projection.GraphChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WarmPathTest
@RecordApplicationEvents
class ImportsTests {

	@Autowired
	ApplicationEvents events;

	private final Imports imports;

	private final Driver driver;

	private final TestGraphs g;

	private final String p;

	@Autowired
	ImportsTests(Imports imports, Driver driver, TestData data) {
		this.imports = imports;
		this.driver = driver;
		this.g = data.graph();
		this.p = this.g.prefix();
	}

	@Test
	void anImportNeverOverwritesConnectionVisibility() {
		this.imports.importPeople(csv("id,name\n" + this.p + "a,Ada\n"), ImportMode.STRICT);
		this.driver.executableQuery("MATCH (n:Person {id: $p + 'a'}) SET n.connectionVisibility = 'private'")
			.withParameters(Map.of("p", this.p))
			.execute();
		ImportReport report = this.imports.importPeople(csv("id,name\n" + this.p + "a,Ada Lovelace\n"),
				ImportMode.STRICT);
		assertThat(report.updated()).isEqualTo(1);
		assertThat(this.g.count("MATCH (n:Person {id: $p + 'a', connectionVisibility: 'private'}) RETURN count(n)"))
			.isEqualTo(1);
	}

	@Test
	void aPersonWrittenByAnotherPathIsUpdatedNotCreatedAgain() {
		// a person a restore (or any writer but the people upsert) made: no fingerprint,
		// no updatedAt
		this.driver.executableQuery("CREATE (:Person {id: $p + 'bare', name: 'Bare'})")
			.withParameters(Map.of("p", this.p))
			.execute();
		ImportReport report = this.imports.importPeople(csv("id,name,specialty,region,skills\n" + this.p
				+ "bare,Bare,Cardiology,London,a;b\n" + this.p + "fresh,Fresh,Cardiology,London,a;b\n"),
				ImportMode.STRICT);
		assertThat(report.created()).isEqualTo(1);
		assertThat(report.updated()).isEqualTo(1);
		for (String id : List.of("bare", "fresh")) {
			assertThat(this.g.count("MATCH (:Person {id: $p + '" + id + "'})-[r]->() RETURN count(r)")).as(id)
				.isEqualTo(4);
		}
		ImportReport again = this.imports.importPeople(csv("id,name,specialty,region,skills\n" + this.p
				+ "bare,Bare,Cardiology,London,a;b\n" + this.p + "fresh,Fresh,Cardiology,London,b\n"),
				ImportMode.STRICT);
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(again.updated()).isEqualTo(1);
		assertThat(this.g.count("MATCH (:Person {id: $p + 'fresh'})-[r]->() RETURN count(r)")).isEqualTo(3);
	}

	@Test
	void connectionsAreStoredOnceAndMarkedWithTheirOrigin() {
		this.imports.importPeople(csv("id,name\n" + this.p + "a,Ada\n" + this.p + "b,Bob\n"), ImportMode.STRICT);
		ImportReport report = this.imports
			.importConnections(csv("source,target,strength\n" + this.p + "b," + this.p + "a,0.4\n"), ImportMode.STRICT);
		assertThat(report.created()).isEqualTo(1);
		assertThat(this.g.count("""
				MATCH (a:Person {id: $p + 'a'})-[k:KNOWS]->(b:Person {id: $p + 'b'})
				WHERE k.strength = 0.4 AND k.source = 'import'
				RETURN count(k)""")).isEqualTo(1);
	}

	@Test
	void aLinkedInImportNeedsAnOwnerWhoIsAPerson() {
		assertThatThrownBy(() -> this.imports.importLinkedIn(this.p + "nobody", csv("First Name\n"), ImportMode.STRICT))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
				assertThat(ex.getBody().getDetail()).contains(this.p + "nobody");
			});
	}

	private static java.io.InputStream csv(String text) {
		return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void anImportPublishesGraphChangedOnlyWhenItWrote() {
		String csv = "id,name\n" + this.p + "a,Ada\n";
		this.imports.importPeople(new java.io.ByteArrayInputStream(csv.getBytes()), ImportMode.STRICT);
		assertThat(this.events.stream(GraphChanged.class)).containsExactly(new GraphChanged("people"));
		this.events.clear();
		ImportReport again = this.imports.importPeople(new java.io.ByteArrayInputStream(csv.getBytes()),
				ImportMode.STRICT);
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(this.events.stream(GraphChanged.class)).isEmpty();
	}

	@Test
	void errorsAreCappedButAllRejectionsCounted() {
		StringBuilder csv = new StringBuilder("id,name\n");
		for (int i = 0; i < 1_500; i++) {
			csv.append(this.p).append(i).append(",\n");
		}
		ImportReport report = this.imports.importPeople(new java.io.ByteArrayInputStream(csv.toString().getBytes()),
				ImportMode.TOLERANT);
		assertThat(report.rejected()).isEqualTo(1_500);
		assertThat(report.errors()).hasSize(1_000);
		assertThat(report.errors().get(999).line()).isEqualTo(1_001);
	}

	@Test
	void importsInBatchesAcrossManyTransactions() {
		StringBuilder people = new StringBuilder("id,name\n");
		StringBuilder ties = new StringBuilder("source,target,strength\n");
		for (int i = 0; i < 10_500; i++) {
			people.append(this.p).append(i).append(",Person ").append(i).append('\n');
			if (i > 0) {
				ties.append(this.p).append(i - 1).append(',').append(this.p).append(i).append(",0.5\n");
			}
		}
		ties.append(this.p).append("0,").append(this.p).append("missing,0.5\n");
		ImportReport persons = this.imports.importPeople(new java.io.ByteArrayInputStream(people.toString().getBytes()),
				ImportMode.STRICT);
		assertThat(persons.created()).isEqualTo(10_500);
		ImportReport strict = this.imports
			.importConnections(new java.io.ByteArrayInputStream(ties.toString().getBytes()), ImportMode.STRICT);
		assertThat(strict.rejected()).isEqualTo(1);
		assertThat(strict.errors().get(0).line()).isEqualTo(10_501);
		assertThat(this.g.count("MATCH (n:Person)-[k:KNOWS]-() WHERE n.id STARTS WITH $p RETURN count(k)")).isZero();
		ImportReport tolerant = this.imports
			.importConnections(new java.io.ByteArrayInputStream(ties.toString().getBytes()), ImportMode.TOLERANT);
		assertThat(tolerant.created()).isEqualTo(10_499);
		assertThat(this.g.count("MATCH (n:Person)-[k:KNOWS]->() WHERE n.id STARTS WITH $p RETURN count(k)"))
			.isEqualTo(10_499);
	}

}
