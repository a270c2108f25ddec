/**
 * Introduction requests from a mentee through an introducer to a target, their states,
 * quotas and expiry; blind requests routed through people the requester may not see (the
 * route found with the {@code paths} module's search over the projection).
 */
@ApplicationModule(displayName = "Introductions", allowedDependencies = { "accounts", "cypher", "outcomes", "paths",
		"people", "problems", "projection", "visibility" })
package org.warmpath.introductions;

import org.springframework.modulith.ApplicationModule;
