/**
 * Introduction requests from a mentee through an introducer to a target, their states,
 * quotas and expiry.
 */
@ApplicationModule(displayName = "Introductions",
		allowedDependencies = { "accounts", "cypher", "problems", "projection", "visibility" })
package org.warmpath.introductions;

import org.springframework.modulith.ApplicationModule;
