package org.warmpath.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The named queries under {@code cypher/queries}, loaded once from the classpath.
 *
 * <p>
 * Queries live in {@code .cypher} files so they can be pasted into Neo4j Browser as they
 * are; every value in them is a {@code $parameter}.
 */
public final class Cypher {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	/** A read of the whole graph: far longer than the per-request transaction timeout. */
	private static final QueryConfig READ_WHOLE = QueryConfig.builder()
		.withRouting(RoutingControl.READ)
		.withTimeout(Duration.ofHours(1))
		.build();

	private Cypher() {
	}

	/**
	 * Returns the text of {@code cypher/queries/<name>.cypher}.
	 * @param name path below {@code cypher/queries} without the extension, such as
	 * {@code people/by-id}
	 * @return the query text
	 * @throws IllegalArgumentException when no such query exists
	 */
	public static String query(String name) {
		return CACHE.computeIfAbsent(name, Cypher::load);
	}

	/**
	 * Runs a named read query, routed to a reader on a cluster, and returns its records.
	 * @param driver the application's driver
	 * @param name the query, as for {@link #query(String)}
	 * @param parameters its {@code $parameters}
	 * @return every record
	 */
	public static List<Record> read(Driver driver, String name, Map<String, ?> parameters) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		return driver.executableQuery(query(name)).withParameters(values).withConfig(READ).execute().records();
	}

	/**
	 * As {@link #read(Driver, String, Map)} for a read of the whole graph (a cache loaded
	 * at start-up or after an import), with a timeout of an hour: at a million people it
	 * runs longer than the per-transaction timeout meant for requests (30 s by default),
	 * which made the app fail to start at that size.
	 * @param driver the application's driver
	 * @param name the query, as for {@link #query(String)}
	 * @param parameters its {@code $parameters}
	 * @return every record
	 */
	public static List<Record> readWhole(Driver driver, String name, Map<String, ?> parameters) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		return driver.executableQuery(query(name)).withParameters(values).withConfig(READ_WHOLE).execute().records();
	}

	/**
	 * Opens a session that shares the bookmarks of {@code driver.executableQuery}: on a
	 * cluster it reads what any earlier write of this instance wrote (read-your-writes
	 * across modules), and its own writes are waited for by later reads.
	 * @param driver the application's driver
	 * @return a session for writes (and reads routed to the leader)
	 */
	public static Session session(Driver driver) {
		return driver
			.session(SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager()).build());
	}

	/**
	 * As {@link #session(Driver)}, with reads routed to readers (secondaries) on a
	 * cluster.
	 * @param driver the application's driver
	 * @return a session for reads
	 */
	public static Session readSession(Driver driver) {
		return driver.session(SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarkManager(driver.executableQueryBookmarkManager())
			.build());
	}

	private static String load(String name) {
		String resource = "cypher/queries/" + name + ".cypher";
		try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No query " + resource);
			}
			return stripComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String stripComments(String text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				out.append(line).append('\n');
			}
		}
		return out.toString().strip();
	}

}
