package org.warmpath.network;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the in-memory projection.
 *
 * @param maxStaleness how long a query waits for a pending rebuild after a write that
 * added people or ties before it answers from the previous snapshot (removals and consent
 * changes never wait: they apply in place)
 */
@ConfigurationProperties("warmpath.projection")
public record ProjectionProperties(@DefaultValue("5s") Duration maxStaleness, @DefaultValue("true") boolean enabled) {
}
