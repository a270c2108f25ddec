/**
 * Programmes as first-class: mentoring schemes, deanery and buddy schemes, faculties and
 * alumni networks ({@code (:Programme {id, name, kind})}), their counts of members and of
 * mentors with capacity, admin creation and edits, and membership changes by admins or by
 * a PROGRAMME_LEAD of that programme. Members are shown through the one visibility rule
 * ({@code visibility}); membership changes are published as
 * {@link org.warmpath.people.ProgrammeMembershipChanged}.
 */
@ApplicationModule(displayName = "Programmes",
		allowedDependencies = { "accounts", "cypher", "people", "problems", "visibility" })
package org.warmpath.programmes;

import org.springframework.modulith.ApplicationModule;
