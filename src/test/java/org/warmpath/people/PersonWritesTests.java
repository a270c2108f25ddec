package org.warmpath.people;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.ErrorResponseException;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.GraphChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WarmPathTest
@RecordApplicationEvents
class PersonWritesTests {

	@Autowired
	ApplicationEvents events;

	private final PersonWrites writes;

	private final People people;

	private final TestGraphs g;

	private final String p;

	private final Driver driver;

	private final Writes appWrites;

	private final ChangeLog changeLog;

	@Autowired
	PersonWritesTests(PersonWrites writes, People people, TestData data, Driver driver, Writes appWrites,
			ChangeLog changeLog) {
		this.writes = writes;
		this.people = people;
		this.driver = driver;
		this.appWrites = appWrites;
		this.changeLog = changeLog;
		this.g = data.graph();
		this.p = this.g.prefix();
	}

	@Test
	void upsertReportsCreatedUnchangedAndUpdated() {
		PersonRow ada = new PersonRow(this.p + "a", "Ada", null, "FY1", null, "London", null, List.of("teaching"), true,
				false, 0, List.of());
		assertThat(this.writes.upsert(ada)).isEqualTo(UpsertResult.CREATED);
		// the event carries the change itself, so the projection applies it in place
		assertThat(this.events.stream(GraphChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.what()).isEqualTo("person");
			assertThat(e.changes()).singleElement().satisfies(c -> {
				assertThat(c.a()).isEqualTo(this.p + "a");
				assertThat(c.open()).isTrue();
			});
		});
		assertThat(this.writes.upsert(ada)).isEqualTo(UpsertResult.UNCHANGED);
		assertThat(this.events.stream(GraphChanged.class)).hasSize(1);
		PersonRow renamed = new PersonRow(this.p + "a", "Ada L", null, "FY1", null, "London", null, List.of("teaching"),
				true, false, 0, List.of());
		assertThat(this.writes.upsert(renamed)).isEqualTo(UpsertResult.UPDATED);
		assertThat(this.g.count("MATCH (n:Person {id: $p + 'a'}) RETURN n.seniority")).isEqualTo(6);
	}

	@Test
	void aBatchIsCountedRowByRowAndTellsNobody() {
		this.writes.upsert(PersonRow.of(this.p + "a", "Ada"));
		this.events.clear();
		UpsertCounts counts = this.people.upsertPeople(List.of(PersonRow.of(this.p + "a", "Ada"),
				PersonRow.of(this.p + "b", "Bob"), PersonRow.of(this.p + "c", "Cy")));
		assertThat(counts).extracting("created", "updated", "unchanged").containsExactly(2L, 0L, 1L);
		assertThat(this.events.stream(GraphChanged.class)).isEmpty();
		UpsertCounts ties = this.people.upsertTies(List.of(new TieRow(this.p + "c", this.p + "a", 0.3, null, null),
				new TieRow(this.p + "b", this.p + "c", 0.6, "ward", null)), "demo");
		assertThat(ties).extracting("created", "updated", "unchanged").containsExactly(2L, 0L, 0L);
		assertThat(this.g.count("MATCH (:Person {id: $p + 'a'})-[k:KNOWS {source: 'demo'}]->(:Person {id: $p + 'c'}) "
				+ "RETURN count(k)"))
			.isEqualTo(1);
	}

	@Test
	void aTieIsStoredOnceFromTheSmallerIdWhicheverWayItIsGiven() {
		this.writes.upsert(PersonRow.of(this.p + "a", "Ada"));
		this.writes.upsert(PersonRow.of(this.p + "b", "Bob"));
		assertThat(this.writes.upsertTie(new TieRow(this.p + "b", this.p + "a", 0.4, "colleague", null)))
			.isEqualTo(UpsertResult.CREATED);
		assertThat(this.writes.upsertTie(new TieRow(this.p + "a", this.p + "b", 0.4, "colleague", null)))
			.isEqualTo(UpsertResult.UNCHANGED);
		assertThat(this.writes
			.upsertTie(new TieRow(this.p + "a", this.p + "b", 0.8, "colleague", LocalDate.of(2020, 2, 2))))
			.isEqualTo(UpsertResult.UPDATED);
		assertThat(this.g.count("""
				MATCH (a:Person {id: $p + 'a'})-[k:KNOWS]->(b:Person {id: $p + 'b'})
				WHERE k.strength = 0.8 AND k.since = date('2020-02-02') AND k.source = 'api'
				RETURN count(k)""")).isEqualTo(1);
		assertThat(this.g.count("MATCH (:Person {id: $p + 'a'})-[k:KNOWS]-() RETURN count(k)")).isEqualTo(1);

		assertThat(this.writes.removeTie(this.p + "b", this.p + "a")).isTrue();
		assertThat(this.writes.removeTie(this.p + "b", this.p + "a")).isFalse();
		assertThat(this.g.count("MATCH (:Person {id: $p + 'a'})-[k:KNOWS]-() RETURN count(k)")).isZero();
	}

	@Test
	void aTieNeedsBothPeople() {
		this.writes.upsert(PersonRow.of(this.p + "a", "Ada"));
		assertThatThrownBy(() -> this.writes.upsertTie(new TieRow(this.p + "a", this.p + "zz", 0.4, null, null)))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
				assertThat(ex.getBody().getDetail()).contains(this.p + "zz");
			});
		assertThat(this.g.count("MATCH (:Person {id: $p + 'a'})-[k:KNOWS]-() RETURN count(k)")).isZero();
	}

	@Test
	void removeDeletesAPersonWithTheirTies() {
		this.writes.upsert(PersonRow.of(this.p + "a", "Ada"));
		this.writes.upsert(PersonRow.of(this.p + "b", "Bob"));
		this.writes.upsertTie(new TieRow(this.p + "a", this.p + "b", 0.4, null, null));
		this.events.clear();
		assertThat(this.writes.remove(this.p + "a")).isTrue();
		assertThat(this.events.stream(GraphChanged.class)).extracting(GraphChanged::what).containsExactly("person");
		assertThat(this.writes.remove(this.p + "a")).isFalse();
		assertThat(this.g.count("MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n)")).isEqualTo(1);
		assertThat(this.g.count("MATCH (:Person {id: $p + 'b'})-[k]-() RETURN count(k)")).isZero();
	}

	@Test
	void existsIsOneQueryForOneAndMissingForMany() {
		this.writes.upsert(PersonRow.of(this.p + "a", "Ada"));
		assertThat(this.people.exists(this.p + "a")).isTrue();
		assertThat(this.people.exists(this.p + "zz")).isFalse();
		assertThat(this.people.exists(null)).isFalse();
		this.people.requireExists(this.p + "a");
		assertThatThrownBy(() -> this.people.requireExists(this.p + "zz"))
			.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(404);
				assertThat(ex.getBody().getDetail()).contains(this.p + "zz");
			});
		assertThat(this.people.missing(List.of(this.p + "a", this.p + "y", this.p + "zz")))
			.containsExactlyInAnyOrder(this.p + "y", this.p + "zz");
	}

	/**
	 * A tie write is two statements, the upsert and the change-feed append: the upsert
	 * returns the tie as it left it (issue 13: a third statement read it back), and that
	 * is the full change the projection applies and the feed carries, a re-rated tie
	 * keeping the source it was first made from.
	 */
	@Test
	void aTieWriteIsTwoStatementsAndCarriesTheTieAsCommitted() {
		this.writes.upsert(PersonRow.of(this.p + "a", "Ada"));
		this.writes.upsert(PersonRow.of(this.p + "b", "Bob"));
		AtomicInteger statements = new AtomicInteger();
		People counted = new People(this.driver, counting(statements), this.changeLog);
		UpsertCounts created = counted.upsertTies(
				List.of(new TieRow(this.p + "a", this.p + "b", 0.4, "ward", LocalDate.of(2020, 1, 2))), "import");
		assertThat(statements).hasValue(2);
		assertThat(created.changes()).singleElement().satisfies(c -> {
			assertThat(c.a()).isEqualTo(this.p + "a");
			assertThat(c.b()).isEqualTo(this.p + "b");
			assertThat(c.strength()).isEqualTo(0.4);
			assertThat(c.detail()).extracting("context", "since", "source", "strength")
				.containsExactly("ward", "2020-01-02", "import", 0.4);
		});
		statements.set(0);
		UpsertCounts rerated = counted.upsertTies(List.of(new TieRow(this.p + "a", this.p + "b", 0.9, null, null)),
				PersonWrites.API);
		assertThat(statements).hasValue(2);
		assertThat(rerated.updated()).isEqualTo(1);
		assertThat(rerated.changes()).singleElement()
			.satisfies(c -> assertThat(c.detail()).extracting("context", "since", "source", "strength")
				.containsExactly(null, null, "import", 0.9));
		// an identical write changes nothing and records nothing: the upsert alone
		statements.set(0);
		UpsertCounts same = counted.upsertTies(List.of(new TieRow(this.p + "a", this.p + "b", 0.9, null, null)),
				PersonWrites.API);
		assertThat(statements).hasValue(1);
		assertThat(same.unchanged()).isEqualTo(1);
		assertThat(same.changes()).isEmpty();
	}

	/** The app's writes, counting the statements they run. */
	private Writes counting(AtomicInteger statements) {
		Writes app = this.appWrites;
		return new Writes() {

			@Override
			public <T> T execute(Duration timeout, Function<WriteTx, T> work) {
				return app.execute(timeout, (tx) -> work.apply(counted(tx)));
			}

			@Override
			public <T> T execute(Function<WriteTx, T> work) {
				return app.execute((tx) -> work.apply(counted(tx)));
			}

			private WriteTx counted(WriteTx tx) {
				return (query, parameters) -> {
					statements.incrementAndGet();
					return tx.run(query, parameters);
				};
			}

		};
	}

}
