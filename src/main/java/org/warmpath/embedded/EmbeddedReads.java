package org.warmpath.embedded;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Reads;

/**
 * Read queries on the in-process database through its own transaction API: the same
 * Cypher as through the driver, rows copied out as driver map values (as
 * {@link EmbeddedWrites} does), without the Bolt protocol in between. Each read runs in
 * its own transaction with the database's transaction timeout.
 */
final class EmbeddedReads implements Reads {

	private final GraphDatabaseService database;

	EmbeddedReads(GraphDatabaseService database) {
		this.database = database;
	}

	@Override
	public List<MapAccessor> read(String name, Map<String, ?> parameters) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		try (Transaction tx = this.database.beginTx()) {
			List<MapAccessor> rows = EmbeddedWrites.rows(tx, Cypher.query(name), values);
			tx.commit();
			return rows;
		}
	}

}
