package org.warmpath.projection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the in-memory projection.
 *
 * @param maxStaleness how long a write that added or changed people or ties waits for the
 * projection rebuild that makes it visible to queries, before it answers anyway (queries
 * never wait; removals and consent changes apply in place at once)
 * @param enabled whether the projection is built at all (the command line does without)
 * @param pollInterval how often this instance reads the change feed for writes made by
 * other instances (or the command line) sharing the database
 * @param changeRetention how long change feed entries are kept; an instance further
 * behind than this rebuilds its projection from scratch
 */
@ConfigurationProperties("warmpath.projection")
public record ProjectionProperties(@DefaultValue("5s") Duration maxStaleness, @DefaultValue("true") boolean enabled,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("1h") Duration changeRetention) {
}
