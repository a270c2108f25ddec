/**
 * Warm introduction paths: the path API, its graph and Cypher engines, and the search
 * kernels (capped warmest, bidirectional BFS, Yen's k loopless alternatives) over the
 * projection's arrays; the likeliest mode weighs each introducer by their responsiveness
 * (from {@code outcomes}), and every route finder skips introducers at their quota.
 */
@ApplicationModule(displayName = "Paths", allowedDependencies = { "accounts", "cypher", "outcomes", "people",
		"problems", "projection", "ties", "visibility" })
package org.warmpath.paths;

import org.springframework.modulith.ApplicationModule;
