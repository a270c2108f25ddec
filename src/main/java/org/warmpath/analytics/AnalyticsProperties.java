package org.warmpath.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on background analytics.
 *
 * @param maxActiveJobs most jobs one instance holds queued or running at once; beyond it
 * a new job is refused with 429, so that nobody can fill the single worker's queue with
 * minutes of work each
 */
@ConfigurationProperties("warmpath.analytics")
public record AnalyticsProperties(@DefaultValue("4") int maxActiveJobs) {

	public AnalyticsProperties {
		if (maxActiveJobs < 1) {
			throw new IllegalArgumentException("warmpath.analytics.max-active-jobs must be at least 1");
		}
	}

}
