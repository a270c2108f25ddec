package org.warmpath.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests run at once ({@link RunQueueFilter}).
 *
 * @param running requests computing at once; 0 (the default) means one more than the
 * cores with the embedded database (the one more keeps the cores busy while a write waits
 * on its commit) and eight per core with an external Neo4j server, where a request mostly
 * waits on the network
 * @param aging how long a waiting request of a less urgent class may be passed over by
 * more urgent ones that arrived after it, default 2 s
 */
@ConfigurationProperties("warmpath.http")
public record RunQueueProperties(@DefaultValue("0") int running, @DefaultValue("2s") Duration aging) {

	public RunQueueProperties {
		if (running < 0) {
			throw new IllegalArgumentException("warmpath.http.running must be 0 (automatic) or more, not " + running);
		}
		if (aging.isNegative()) {
			throw new IllegalArgumentException("warmpath.http.aging must not be negative, not " + aging);
		}
	}

	/**
	 * The number of permits: {@link #running()}, or when it is 0 one more than the cores
	 * (embedded database) or eight per core (external server).
	 * @param embedded whether the database runs in this JVM
	 * @return how many requests compute at once
	 */
	int permits(boolean embedded) {
		if (this.running > 0) {
			return this.running;
		}
		int cores = Runtime.getRuntime().availableProcessors();
		return embedded ? cores + 1 : 8 * cores;
	}

}
