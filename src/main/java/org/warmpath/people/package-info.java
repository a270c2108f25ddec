/**
 * People and their ties: the directory, profiles, and the writes of people and ties that
 * the API and the importer share.
 */
@ApplicationModule(displayName = "People",
		allowedDependencies = { "accounts", "cypher", "problems", "projection", "schema", "visibility" })
package org.warmpath.people;

import org.springframework.modulith.ApplicationModule;
