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
 */
@ConfigurationProperties("warmpath.neo4j")
public record DatabaseProperties(String uri, @DefaultValue("neo4j") String user, String password,
		@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("30s") Duration transactionTimeout, @DefaultValue("512m") String pageCache) {

	public boolean embedded() {
		return this.uri == null || this.uri.isBlank();
	}

}
