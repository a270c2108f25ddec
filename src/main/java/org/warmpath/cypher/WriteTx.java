package org.warmpath.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.MapAccessor;

/**
 * One write transaction, whichever way it reaches the database: a driver transaction
 * (Bolt, to a server or cluster) or the embedded database's own (no Bolt). Code that
 * writes through {@link Writes} and the change log takes this, so the same statements run
 * on both.
 *
 * <p>
 * Rows are read in full before this returns and come as driver {@link MapAccessor}s (a
 * driver {@code Record}, or a map value built from an embedded row), so one parsing of a
 * row serves both.
 */
@FunctionalInterface
public interface WriteTx {

	/**
	 * Runs a statement in this transaction.
	 * @param query the Cypher text (a named query, {@link Cypher#query})
	 * @param parameters its {@code $parameters}: strings, numbers, booleans, lists, maps
	 * and {@code java.time} values
	 * @return its rows, read in full
	 */
	List<? extends MapAccessor> run(String query, Map<String, Object> parameters);

	/**
	 * Runs a statement that returns exactly one row.
	 * @param query the Cypher text
	 * @param parameters its {@code $parameters}
	 * @return the row
	 * @throws IllegalStateException when it returned no row or more than one
	 */
	default MapAccessor single(String query, Map<String, Object> parameters) {
		List<? extends MapAccessor> rows = run(query, parameters);
		if (rows.size() != 1) {
			throw new IllegalStateException("Expected one row, got " + rows.size());
		}
		return rows.get(0);
	}

	/**
	 * The embedded database's own transaction behind this one, for writes that create
	 * many new records at once and are cheaper through the core API ({@code createNode},
	 * {@code createRelationshipTo}) than through Cypher's runtime: the import's new
	 * people and ties (issue 13). Empty for a driver transaction (a server or cluster),
	 * where Cypher is the only way in.
	 * @return the core transaction, or empty
	 */
	default Optional<org.neo4j.graphdb.Transaction> core() {
		return Optional.empty();
	}

	/**
	 * A driver transaction as a {@code WriteTx}, for code already inside one.
	 * @param tx the driver's transaction
	 * @return the same transaction
	 */
	static WriteTx of(TransactionContext tx) {
		return (query, parameters) -> tx.run(query, parameters).list();
	}

}
