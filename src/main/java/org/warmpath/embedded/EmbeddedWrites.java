package org.warmpath.embedded;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.kernel.api.exceptions.Status;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;

/**
 * Write transactions on the in-process database through its own transaction API: the same
 * Cypher as through the driver, without a Bolt round trip per statement.
 *
 * <p>
 * Why: a tie write through the driver made five loopback round trips (begin, upsert,
 * read-back, change-log append, commit) to a database in the same JVM, about half of its
 * time (docs/benchmarks.md, issue 13). The driver's transaction functions retry transient
 * failures; so does this, with resilience4j: a deadlock or another transient error
 * anywhere in the cause chain re-runs the whole work after a short randomised back-off
 * (10 ms, doubling), up to {@value #ATTEMPTS} attempts. Rows are copied out of the result
 * while the transaction is open and handed back as driver map values, so a row reads the
 * same whichever way it was written (stored arrays become lists, as over Bolt).
 */
final class EmbeddedWrites implements Writes {

	/** Attempts per write, the first included. */
	static final int ATTEMPTS = 8;

	private final GraphDatabaseService database;

	private final Retry retry;

	EmbeddedWrites(GraphDatabaseService database) {
		this.database = database;
		this.retry = Retry.of("embedded-writes",
				RetryConfig.custom()
					.maxAttempts(ATTEMPTS)
					.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(10), 2.0, 0.5))
					.retryOnException(EmbeddedWrites::isTransient)
					.build());
	}

	@Override
	public <T> T execute(Duration timeout, Function<WriteTx, T> work) {
		return this.retry
			.executeSupplier(() -> once(() -> this.database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS), work));
	}

	@Override
	public <T> T execute(Function<WriteTx, T> work) {
		return this.retry.executeSupplier(() -> once(this.database::beginTx, work));
	}

	private static <T> T once(Supplier<Transaction> begin, Function<WriteTx, T> work) {
		try (Transaction tx = begin.get()) {
			T result = work.apply(new WriteTx() {
				@Override
				public List<? extends MapAccessor> run(String query, Map<String, Object> parameters) {
					return rows(tx, query, parameters);
				}

				@Override
				public Optional<Transaction> core() {
					return Optional.of(tx);
				}
			});
			tx.commit();
			return result;
		}
	}

	static List<MapAccessor> rows(Transaction tx, String query, Map<String, Object> parameters) {
		try (Result result = tx.execute(query, parameters)) {
			List<MapAccessor> rows = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				Map<String, Object> copy = new HashMap<>(row.size() * 2);
				row.forEach((k, v) -> copy.put(k, plain(v)));
				rows.add(Values.value(copy));
			}
			return rows;
		}
	}

	/** A stored array as a list (what the driver gives), nested values likewise. */
	private static Object plain(Object value) {
		if (value != null && value.getClass().isArray()) {
			int n = Array.getLength(value);
			List<Object> list = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				list.add(plain(Array.get(value, i)));
			}
			return list;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			for (Object v : list) {
				copy.add(plain(v));
			}
			return copy;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new HashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
			return copy;
		}
		return value;
	}

	/**
	 * Whether a failure is worth retrying: a transient one (deadlock, lock timeout,
	 * outdated state) anywhere in its causes.
	 */
	static boolean isTransient(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof TransientFailureException) {
				return true;
			}
			if (t instanceof Status.HasStatus s
					&& s.status().code().classification() == Status.Classification.TransientError) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
