package org.warmpath.cypher;

import java.time.Duration;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * Runs write transactions, retried on transient failures (deadlocks, a leader switch):
 * through the driver by default, through the embedded database's own transactions when
 * the app runs one (module {@code embedded}).
 *
 * <p>
 * Why two ways: on the in-process database a write through Bolt pays a loopback round
 * trip per statement (begin, each statement, commit), about half of a tie write's time
 * (issue 13, docs/benchmarks.md); the embedded transaction runs the same Cypher with
 * none. A server or cluster is reached through the driver, with its bookmarks.
 */
public interface Writes {

	/**
	 * Runs {@code work} in one write transaction and commits it; an exception rolls it
	 * back and reaches the caller, a transient one after the retries.
	 * @param <T> what the work returns
	 * @param timeout the transaction's timeout
	 * @param work the statements; may run more than once (on a retry), so it must not
	 * have effects outside the transaction other than collecting its result
	 * @return what {@code work} returned
	 */
	<T> T execute(Duration timeout, Function<WriteTx, T> work);

	/**
	 * As {@link #execute(Duration, Function)} with the database's own transaction timeout
	 * ({@code WARMPATH_TX_TIMEOUT} for the embedded database, the server's setting
	 * otherwise): what a request's write wants.
	 * @param <T> what the work returns
	 * @param work the statements, as for {@link #execute(Duration, Function)}
	 * @return what {@code work} returned
	 */
	<T> T execute(Function<WriteTx, T> work);

	/**
	 * Writes through the driver ({@link Session#executeWrite}, with the bookmarks of
	 * {@link Cypher#session}).
	 * @param driver the application's driver
	 * @return writes through {@code driver}
	 */
	static Writes through(Driver driver) {
		return new Writes() {
			@Override
			public <T> T execute(Duration timeout, Function<WriteTx, T> work) {
				try (Session session = Cypher.session(driver)) {
					return session.executeWrite(tx -> work.apply(WriteTx.of(tx)),
							TransactionConfig.builder().withTimeout(timeout).build());
				}
			}

			@Override
			public <T> T execute(Function<WriteTx, T> work) {
				try (Session session = Cypher.session(driver)) {
					return session.executeWrite(tx -> work.apply(WriteTx.of(tx)));
				}
			}
		};
	}

}
