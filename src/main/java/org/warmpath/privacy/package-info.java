/**
 * A member's own profile and consent settings, their personal data export and their
 * erasure.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "accounts", "cypher", "introductions", "people",
		"problems", "projection", "ratelimits" })
package org.warmpath.privacy;

import org.springframework.modulith.ApplicationModule;
