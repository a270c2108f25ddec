/**
 * Warm introduction paths: the path API, its graph and Cypher engines, and the search
 * kernels (capped warmest, bidirectional BFS, Yen's k loopless alternatives) over the
 * projection's arrays.
 */
@ApplicationModule(displayName = "Paths",
		allowedDependencies = { "accounts", "cypher", "people", "problems", "projection", "ties", "visibility" })
package org.warmpath.paths;

import org.springframework.modulith.ApplicationModule;
