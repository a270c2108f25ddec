package org.warmpath.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo network loaded into an empty database at start-up.
 *
 * @param people size of the network; 0 loads nothing
 * @param seed seed of the generator, so every start shows the same network
 * @param meanDegree ties per person counted at both ends (20: ten ties a person, so
 * 100,000 people give about a million ties); 0 keeps the generator's natural density
 * (about 10.7)
 * @param bulk whether a store that does not exist yet is filled with Neo4j's offline
 * importer before the database opens ({@link DemoBulkLoader}), 20-50 times faster than
 * the online import; false loads through {@link Imports} after start-up
 */
@ConfigurationProperties("warmpath.demo")
public record DemoProperties(@DefaultValue("2000") int people, @DefaultValue("42") long seed,
		@DefaultValue("20") double meanDegree, @DefaultValue("true") boolean bulk) {
}
