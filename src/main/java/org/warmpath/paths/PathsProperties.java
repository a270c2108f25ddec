package org.warmpath.paths;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on path queries.
 *
 * @param timeBudget how long one graph-engine search may run before it answers 503
 * @param cypherTimeout transaction timeout of one Cypher-engine query, and the time
 * budget of one JGraphT-engine query
 */
@ConfigurationProperties("warmpath.paths")
public record PathsProperties(@DefaultValue("2s") Duration timeBudget, @DefaultValue("10s") Duration cypherTimeout) {
}
