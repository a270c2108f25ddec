package org.warmpath.embedded;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import org.warmpath.cypher.Reads;
import org.warmpath.cypher.Writes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One application-wide {@link Driver}: to the embedded DBMS when no URI is configured,
 * otherwise to the external server or cluster.
 *
 * <p>
 * Declaring the driver here (rather than through {@code spring.neo4j.*}) makes the
 * embedded database a dependency of the driver, so Spring starts it first and stops it
 * last.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${warmpath.neo4j.uri:}'.isBlank()")
	EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties,
			org.springframework.beans.factory.ObjectProvider<EmptyStoreLoader> loaders) {
		if (OfflineImport.storeIsAbsent(properties.dataDir())) {
			loaders.orderedStream().filter((loader) -> loader.load(properties.dataDir())).findFirst();
		}
		return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.transactionTimeout(),
				properties.pageCache());
	}

	/**
	 * The real driver, owned by the availability guard. Timeouts are short on purpose: a
	 * server that refuses or does not answer is reported within seconds (then the guard
	 * answers 503 at once), while the retry time still covers a couple of back-offs (1 s,
	 * then 2 s) for transient errors such as deadlocks.
	 */
	@Bean(destroyMethod = "close")
	DatabaseAvailability databaseAvailability(DatabaseProperties properties,
			org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded) {
		Config config = Config.builder()
			.withLogging(Logging.slf4j())
			.withMaxConnectionPoolSize(64)
			.withConnectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.withConnectionAcquisitionTimeout(properties.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.withMaxTransactionRetryTime(properties.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
			.build();
		EmbeddedNeo4j db = embedded.getIfAvailable();
		Driver raw = (db != null) ? GraphDatabase.driver(db.boltUri(), db.authToken(), config)
				: GraphDatabase.driver(properties.uri(), EmbeddedCredentials.forClient(properties.uri(),
						properties.user(), properties.password(), properties.dataDir()), config);
		return new DatabaseAvailability(raw, properties.probeInterval());
	}

	/** The driver every component uses: fails fast while the database is unreachable. */
	@Bean(destroyMethod = "")
	Driver neo4jDriver(DatabaseAvailability availability) {
		return availability.driver();
	}

	/**
	 * How the app writes: through the embedded database's own transactions when it runs
	 * one (no Bolt round trip per statement), through the driver otherwise, or when
	 * {@code warmpath.neo4j.embedded-writes} is false (to compare the two).
	 */
	@Bean
	Writes writes(org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded, Driver driver,
			DatabaseProperties properties) {
		EmbeddedNeo4j db = embedded.getIfAvailable();
		return (db != null && properties.embeddedWrites()) ? db.writes() : Writes.through(driver);
	}

	/**
	 * How the app runs the reads left on request paths: in-process when it runs the
	 * database and writes there too, through the driver otherwise (a server or cluster,
	 * with its bookmarks and read routing).
	 */
	@Bean
	Reads reads(org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded, Driver driver,
			DatabaseProperties properties) {
		EmbeddedNeo4j db = embedded.getIfAvailable();
		return (db != null && properties.embeddedWrites()) ? db.reads() : Reads.through(driver);
	}

	/** {@code neo4j} in {@code /actuator/health}, replacing Spring Boot's. */
	@Bean
	DatabaseHealth neo4jHealthIndicator(DatabaseAvailability availability) {
		return new DatabaseHealth(availability);
	}

}
