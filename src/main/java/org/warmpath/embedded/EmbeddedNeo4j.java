package org.warmpath.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.warmpath.cypher.Reads;
import org.warmpath.cypher.Writes;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Neo4j DBMS that makes WarmPath run with nothing installed.
 *
 * <p>
 * Only Bolt is enabled, bound to 127.0.0.1, so the app talks to it through the Java
 * driver exactly as it would to a server (one code path for both deployments). Neo4j's
 * HTTP server is off: it needs javax Jersey, which clashes with Spring Boot.
 * Authentication is on even though the connector never leaves loopback, because any local
 * process can reach loopback: the credentials are generated on first start and kept in
 * the data folder for the owner only ({@link EmbeddedCredentials}). {@link #close()}
 * shuts the DBMS down, which waits for running transactions and checkpoints, so a SIGTERM
 * loses nothing.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService dbms;

	private final HostnamePort boltAddress;

	private final EmbeddedCredentials credentials;

	private EmbeddedNeo4j(DatabaseManagementService dbms, HostnamePort boltAddress, EmbeddedCredentials credentials) {
		this.dbms = dbms;
		this.boltAddress = boltAddress;
		this.credentials = credentials;
	}

	/**
	 * Starts the DBMS in {@code dataDir}, creating the folder on first use.
	 * @param dataDir home of the database files
	 * @param boltPort loopback port, 0 for any free one
	 * @param transactionTimeout timeout applied to every transaction
	 * @param pageCache page cache size such as {@code 512m}
	 * @return the running database
	 */
	public static EmbeddedNeo4j start(Path dataDir, int boltPort, Duration transactionTimeout, String pageCache) {
		long started = System.nanoTime();
		Path home = dataDir.toAbsolutePath().normalize();
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
			.setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
		DatabaseManagementService dbms;
		try {
			dbms = builder.build();
		}
		catch (RuntimeException ex) {
			throw EmbeddedDatabaseUnavailable.explain(home, boltPort, ex);
		}
		EmbeddedCredentials credentials;
		try {
			credentials = EmbeddedCredentials.establish(home, dbms);
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		HostnamePort bound = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		log.info("Embedded Neo4j started in {} ms, data in {}, Bolt on bolt://{}",
				(System.nanoTime() - started) / 1_000_000, home, bound);
		return new EmbeddedNeo4j(dbms, bound, credentials);
	}

	/**
	 * The default database for in-process bulk reads that would cost a Bolt record each
	 * (the projection load); reads otherwise go through the driver, writes through
	 * {@link #writes()}.
	 */
	public GraphDatabaseService database() {
		return this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/**
	 * Write transactions on this database through its own transaction API (no Bolt round
	 * trip per statement), retried on transient failures.
	 * @return writes to the default database
	 */
	public Writes writes() {
		return new EmbeddedWrites(database());
	}

	/**
	 * Read queries on this database through its own transaction API (no Bolt round trip).
	 * @return reads of the default database
	 */
	public Reads reads() {
		return new EmbeddedReads(database());
	}

	/**
	 * The DBMS itself, for what only it offers, such as
	 * {@link DatabaseManagementService#registerTransactionEventListener} (the fault
	 * injection tests use it).
	 */
	public DatabaseManagementService managementService() {
		return this.dbms;
	}

	/** The Bolt URI the driver connects to. */
	public String boltUri() {
		return "bolt://" + this.boltAddress.getHost() + ":" + this.boltAddress.getPort();
	}

	/** The user and password of the Bolt port. */
	public EmbeddedCredentials credentials() {
		return this.credentials;
	}

	/** The token a driver connects to {@link #boltUri()} with. */
	public org.neo4j.driver.AuthToken authToken() {
		return this.credentials.authToken();
	}

	@Override
	public void close() {
		log.info("Shutting down embedded Neo4j");
		this.dbms.shutdown();
	}

	static long parseBytes(String size) {
		String s = size.trim().toLowerCase();
		long unit = 1;
		char last = s.charAt(s.length() - 1);
		if (last == 'k' || last == 'm' || last == 'g') {
			unit = switch (last) {
				case 'k' -> 1024L;
				case 'm' -> 1024L * 1024;
				default -> 1024L * 1024 * 1024;
			};
			s = s.substring(0, s.length() - 1);
		}
		return Long.parseLong(s) * unit;
	}

}
