/**
 * Mentoring relationships: requests to a mentor for a need, an exploratory conversation,
 * accept, decline and end (never above the mentor's capacity), the agreement, and each
 * member's mentoring desk (with the path from the paths module, seen as the mentor may
 * see it).
 */
@ApplicationModule(displayName = "Mentorships",
		allowedDependencies = { "accounts", "cypher", "paths", "people", "problems", "projection", "visibility" })
package org.warmpath.mentorships;

import org.springframework.modulith.ApplicationModule;
