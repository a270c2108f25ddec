package org.warmpath.backup;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.LoggerFactory;

import org.warmpath.embedded.EmbeddedCredentials;
import org.warmpath.embedded.EmbeddedNeo4j;

/**
 * The database a command-line backup or restore talks to, from the same settings as the
 * app (without starting it): the server at {@code WARMPATH_NEO4J_URI} when set (for a
 * running app with the embedded database, its Bolt port), otherwise the embedded database
 * in the data folder, opened just for the command (the app must not have it open).
 */
public final class BackupDatabase implements AutoCloseable {

	private final EmbeddedNeo4j embedded;

	private final Driver driver;

	private final String description;

	private BackupDatabase(EmbeddedNeo4j embedded, Driver driver, String description) {
		this.embedded = embedded;
		this.driver = driver;
		this.description = description;
	}

	/**
	 * Opens the configured database.
	 * @param dataDir an embedded data folder that overrides the settings, or {@code null}
	 * @return the open database
	 */
	public static BackupDatabase open(String dataDir) {
		quietLogging();
		Config config = Config.builder()
			.withLogging(Logging.none())
			.withMaxTransactionRetryTime(30, java.util.concurrent.TimeUnit.SECONDS)
			.build();
		String uri = setting("warmpath.neo4j.uri", "WARMPATH_NEO4J_URI", "");
		if (dataDir == null && !uri.isBlank()) {
			String user = setting("warmpath.neo4j.user", "WARMPATH_NEO4J_USER", "neo4j");
			String password = setting("warmpath.neo4j.password", "WARMPATH_NEO4J_PASSWORD", "");
			Path dir = Path.of(setting("warmpath.neo4j.data-dir", "WARMPATH_DATA_DIR", "./data"));
			Driver driver = GraphDatabase.driver(uri, EmbeddedCredentials.forClient(uri, user, password, dir), config);
			try {
				driver.verifyConnectivity();
			}
			catch (RuntimeException ex) {
				driver.close();
				throw ex;
			}
			return new BackupDatabase(null, driver, "the database at " + uri);
		}
		Path dir = Path
			.of((dataDir != null) ? dataDir : setting("warmpath.neo4j.data-dir", "WARMPATH_DATA_DIR", "./data"));
		EmbeddedNeo4j db = EmbeddedNeo4j.start(dir, 0, Duration.ofHours(2),
				setting("warmpath.neo4j.page-cache", "WARMPATH_PAGE_CACHE", "256m"));
		return new BackupDatabase(db, GraphDatabase.driver(db.boltUri(), db.authToken(), config),
				"the embedded database in " + dir.toAbsolutePath().normalize());
	}

	/** The driver to use. */
	public Driver driver() {
		return this.driver;
	}

	/** Which database, in words. */
	public String describe() {
		return this.description;
	}

	@Override
	public void close() {
		this.driver.close();
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

	private static String setting(String property, String env, String fallback) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(env);
		}
		return (value == null) ? fallback : value;
	}

	/**
	 * A command prints its own lines; keep the database's and driver's INFO logs out of
	 * them.
	 */
	private static void quietLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
			ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			if (root.isInfoEnabled()) {
				root.setLevel(ch.qos.logback.classic.Level.WARN);
			}
		}
	}

}
