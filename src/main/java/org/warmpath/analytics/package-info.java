/**
 * What analysts ask of the whole network: reach within k hops, brokers, articulation
 * points and bridges, communities, summaries and introduction outcomes, with long runs as
 * jobs.
 */
@ApplicationModule(displayName = "Analytics",
		allowedDependencies = { "accounts", "cypher", "paths", "people", "problems", "projection", "visibility" })
package org.warmpath.analytics;

import org.springframework.modulith.ApplicationModule;
