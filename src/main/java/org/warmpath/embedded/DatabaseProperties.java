package org.warmpath.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives: an external Neo4j when {@code uri} is set, otherwise an embedded
 * DBMS in {@code dataDir} reached over Bolt on loopback.
 *
 * @param uri external Neo4j URI ({@code neo4j://} or {@code bolt://}); blank starts the
 * embedded database
 * @param user user name for the external server
 * @param password password for the external server
 * @param dataDir folder of the embedded database
 * @param boltPort loopback port of the embedded Bolt connector; 0 picks a free one
 * @param transactionTimeout upper bound on any transaction, so no query runs unbounded
 * @param pageCache page cache size of the embedded database, for example {@code 512m}
 * @param connectTimeout how long the driver waits to open a TCP connection
 * @param acquisitionTimeout how long a query waits for a pooled connection (or a new one)
 * @param maxRetryTime how long the driver keeps retrying a transaction function on a
 * transient or connection error (back-off 1 s, 2 s, 4 s ...)
 * @param probeInterval while the database is unreachable, how often the app checks
 * whether it is back (requests answer 503 at once meanwhile)
 * @param embeddedWrites write to the embedded database, and run the reads left on request
 * paths, through its own transactions (no Bolt round trip per statement); false does both
 * through the driver, as to a server
 */
@ConfigurationProperties("warmpath.neo4j")
public record DatabaseProperties(String uri, @DefaultValue("neo4j") String user, String password,
		@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("30s") Duration transactionTimeout, @DefaultValue("512m") String pageCache,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration acquisitionTimeout,
		@DefaultValue("2s") Duration maxRetryTime, @DefaultValue("500ms") Duration probeInterval,
		@DefaultValue("true") boolean embeddedWrites) {

	public boolean embedded() {
		return this.uri == null || this.uri.isBlank();
	}

}
