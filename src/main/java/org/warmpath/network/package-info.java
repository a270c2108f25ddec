/**
 * A member's own network: mutual connections (who can introduce me) and ego networks for
 * the network picture.
 */
@ApplicationModule(displayName = "Network",
		allowedDependencies = { "accounts", "cypher", "outcomes", "problems", "projection", "ties", "visibility" })
package org.warmpath.network;

import org.springframework.modulith.ApplicationModule;
