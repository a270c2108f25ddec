/**
 * Mentoring relationships: requests to a mentor, accept, decline and end, never above the
 * mentor's capacity.
 */
@ApplicationModule(displayName = "Mentorships",
		allowedDependencies = { "accounts", "cypher", "problems", "projection" })
package org.warmpath.mentorships;

import org.springframework.modulith.ApplicationModule;
