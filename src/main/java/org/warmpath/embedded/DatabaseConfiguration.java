package org.warmpath.embedded;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

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
	EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.transactionTimeout(),
				properties.pageCache());
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseProperties properties,
			org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded) {
		Config config = Config.builder()
			.withLogging(Logging.slf4j())
			.withMaxConnectionPoolSize(64)
			.withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
			.withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
			.build();
		EmbeddedNeo4j db = embedded.getIfAvailable();
		if (db != null) {
			return GraphDatabase.driver(db.boltUri(), AuthTokens.none(), config);
		}
		return GraphDatabase.driver(properties.uri(), AuthTokens.basic(properties.user(), properties.password()),
				config);
	}

}
