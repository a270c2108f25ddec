package org.warmpath.embedded;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import org.warmpath.cypher.Cypher;

/**
 * The {@code neo4j} component of {@code /actuator/health}: DOWN at once while
 * {@link DatabaseAvailability} knows the server is unreachable, otherwise one auto-commit
 * query without the driver's retries (Spring Boot's indicator runs a retried write
 * transaction, so a stopped server kept the health check waiting for the whole retry
 * time). A failure it sees opens the guard like a failed request does.
 */
class DatabaseHealth extends AbstractHealthIndicator {

	private final DatabaseAvailability availability;

	DatabaseHealth(DatabaseAvailability availability) {
		super("Neo4j health check failed");
		this.availability = availability;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		var outage = this.availability.outage();
		if (outage.isPresent()) {
			builder.down().withDetail("unreachableSince", outage.get().since().toString());
			return;
		}
		try (Session session = this.availability.rawDriver().session(SessionConfig.defaultConfig())) {
			Record record = session.run(Cypher.query("embedded/health")).single();
			builder.up()
				.withDetail("version", record.get("version").asString())
				.withDetail("edition", record.get("edition").asString());
		}
		catch (RuntimeException ex) {
			this.availability.reportFailure(ex);
			throw ex;
		}
	}

}
