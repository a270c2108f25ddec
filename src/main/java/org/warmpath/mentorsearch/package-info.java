/**
 * Mentor recommendations: mentors open to mentoring with capacity left, ranked by fit and
 * by the warmth of the path that reaches them.
 */
@ApplicationModule(displayName = "Mentor search", allowedDependencies = { "accounts", "cypher", "embedded",
		"mentorships", "outcomes", "paths", "people", "problems", "projection", "visibility" })
package org.warmpath.mentorsearch;

import org.springframework.modulith.ApplicationModule;
