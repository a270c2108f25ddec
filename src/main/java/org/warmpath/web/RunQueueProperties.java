package org.warmpath.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests run at once ({@link RunQueueFilter}).
 *
 * @param running requests computing at once; 0 (the default) means one more than the
 * cores (the one more keeps the cores busy while a write waits on its commit). With an
 * external Neo4j server, where a request mostly waits on the network, raise it (for
 * example to 8 per core)
 * @param aging how long a waiting request of a less urgent class may be passed over by
 * more urgent ones that arrived after it, default 2 s
 */
@ConfigurationProperties("warmpath.http")
public record RunQueueProperties(@DefaultValue("0") int running, @DefaultValue("2s") Duration aging) {

	/**
	 * The number of permits: {@link #running()}, or one more than the cores when it is 0.
	 */
	int permits() {
		return (this.running > 0) ? this.running : Runtime.getRuntime().availableProcessors() + 1;
	}

}
