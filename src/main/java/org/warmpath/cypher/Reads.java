package org.warmpath.cypher;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;

/**
 * Runs named read queries: in the embedded database's own transactions when the app runs
 * one (module {@code embedded}), through the driver otherwise, as {@link Writes} does for
 * writes.
 *
 * <p>
 * Why: the reads that remain on request paths (a profile, a person's connections, an
 * introduction after its write, a token's account) cost a Bolt round trip each to a
 * database in the same JVM. Under the 64-client load test the Bolt server's worker
 * threads, the driver's IO thread and the Bolt network thread took about a third of the
 * app's CPU (a flight recording, docs/benchmarks.md), most of it the protocol rather than
 * the queries. The answers from memory (paths, mutuals, recommendations, ego networks)
 * read neither way; the tests that count database calls count these reads too.
 */
public interface Reads {

	/**
	 * Runs a named read query and returns its rows, read in one transaction.
	 * @param name the query, as for {@link Cypher#query(String)}
	 * @param parameters its {@code $parameters}, as plain Java values
	 * @return every row
	 */
	List<MapAccessor> read(String name, Map<String, ?> parameters);

	/**
	 * Reads through the driver ({@link Cypher#read}: routed to a reader on a cluster,
	 * with the bookmarks of this instance's writes).
	 * @param driver the application's driver
	 * @return reads through {@code driver}
	 */
	static Reads through(Driver driver) {
		return (name, parameters) -> Collections.unmodifiableList(Cypher.read(driver, name, parameters));
	}

}
