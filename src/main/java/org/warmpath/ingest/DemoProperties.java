package org.warmpath.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo network loaded into an empty database at start-up.
 *
 * @param people size of the network; 0 loads nothing
 * @param seed seed of the generator, so every start shows the same network
 */
@ConfigurationProperties("warmpath.demo")
public record DemoProperties(@DefaultValue("2000") int people, @DefaultValue("42") long seed) {
}
