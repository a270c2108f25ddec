package org.warmpath.embedded;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.TransientTransactionFailureException;
import org.neo4j.kernel.api.exceptions.Status;
import org.warmpath.EmbeddedOnly;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Writes;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded write path answers as the driver's does, rolls back on any failure and
 * retries only transient ones: the people write path, the change log and every module
 * moved onto {@link Writes} rely on reading a row the same whichever way it was written.
 */
@EmbeddedOnly
@WarmPathTest
class EmbeddedWritesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Writes embedded;

	private final Writes bolt;

	private final Driver driver;

	@Autowired
	EmbeddedWritesTests(EmbeddedNeo4j db, Driver driver, Writes writes) {
		this.embedded = db.writes();
		this.bolt = Writes.through(driver);
		this.driver = driver;
		assertThat(writes).as("the app's writes go through the embedded transactions")
			.isInstanceOf(EmbeddedWrites.class);
	}

	@Test
	void aRowReadsTheSameThroughTheEmbeddedTransactionAsThroughBolt() {
		String id = "ew-" + UUID.randomUUID();
		this.embedded.execute(TIMEOUT, tx -> tx.run(
				"CREATE (:EmbeddedWritesProbe {id: $id, skills: ['triage', 'audit'], since: $since, n: 3, x: 0.5})",
				Map.of("id", id, "since", LocalDate.of(2020, 1, 2))));
		String read = "MATCH (p:EmbeddedWritesProbe {id: $id}) RETURN p.id AS id, p.skills AS skills, "
				+ "p.since AS since, p.n AS n, p.x AS x, {inner: p.skills} AS nested, null AS nothing";
		MapAccessor viaEmbedded = this.embedded.execute(TIMEOUT, tx -> tx.single(read, Map.of("id", id)));
		MapAccessor viaBolt = this.bolt.execute(TIMEOUT, tx -> tx.single(read, Map.of("id", id)));
		assertThat(viaEmbedded.asMap()).isEqualTo(viaBolt.asMap());
		// a stored array comes back as a list, as over Bolt
		assertThat(viaEmbedded.get("skills").asList()).containsExactly("triage", "audit");
		assertThat(viaEmbedded.get("since").asLocalDate()).isEqualTo(LocalDate.of(2020, 1, 2));
		assertThat(viaEmbedded.get("n").asLong()).isEqualTo(3);
		assertThat(viaEmbedded.get("nothing").isNull()).isTrue();
		assertThat(viaEmbedded.containsKey("missing")).isFalse();
		this.embedded.execute(TIMEOUT,
				tx -> tx.run("MATCH (p:EmbeddedWritesProbe {id: $id}) DELETE p", Map.of("id", id)));
	}

	@Test
	void aFailureInsideTheWorkRollsEverythingBackAndIsNotRetried() {
		String id = "ew-" + UUID.randomUUID();
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> this.embedded.execute(TIMEOUT, tx -> {
			attempts.incrementAndGet();
			tx.run("CREATE (:EmbeddedWritesProbe {id: $id})", Map.of("id", id));
			throw new IllegalStateException("refused");
		})).isInstanceOf(IllegalStateException.class).hasMessage("refused");
		assertThat(attempts).hasValue(1);
		assertThat(count(id)).isZero();
	}

	@Test
	void aTransientFailureIsRetriedAndTheWriteLandsOnce() {
		String id = "ew-" + UUID.randomUUID();
		AtomicInteger attempts = new AtomicInteger();
		long created = this.embedded.execute(TIMEOUT, tx -> {
			tx.run("CREATE (:EmbeddedWritesProbe {id: $id})", Map.of("id", id));
			if (attempts.incrementAndGet() < 3) {
				throw new TransientTransactionFailureException(Status.Transaction.DeadlockDetected, "injected (test)");
			}
			return tx.single("MATCH (p:EmbeddedWritesProbe {id: $id}) RETURN count(p) AS n", Map.of("id", id))
				.get("n")
				.asLong();
		});
		assertThat(attempts).hasValue(3);
		assertThat(created).isEqualTo(1);
		assertThat(count(id)).isEqualTo(1);
		this.embedded.execute(TIMEOUT,
				tx -> tx.run("MATCH (p:EmbeddedWritesProbe {id: $id}) DELETE p", Map.of("id", id)));
	}

	@Test
	void transientMeansATransientStatusAnywhereInTheCauses() {
		assertThat(EmbeddedWrites.isTransient(new RuntimeException("wrapped",
				new TransientTransactionFailureException(Status.Transaction.DeadlockDetected, "deadlock"))))
			.isTrue();
		assertThat(EmbeddedWrites.isTransient(new IllegalArgumentException("bad input"))).isFalse();
		assertThat(EmbeddedWrites.isTransient(new org.neo4j.graphdb.QueryExecutionException("constraint", null,
				Status.Schema.ConstraintValidationFailed.code().serialize())))
			.isFalse();
	}

	private long count(String id) {
		return this.driver.executableQuery("MATCH (p:EmbeddedWritesProbe {id: $id}) RETURN count(p) AS n")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
