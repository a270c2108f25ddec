/**
 * File formats and the import pipeline: people, connections, mentoring and LinkedIn CSV
 * files read, validated row by row and written in batches; the demo network generator and
 * loader.
 */
@ApplicationModule(displayName = "Ingest",
		allowedDependencies = { "accounts", "cypher", "embedded", "people", "problems", "projection" })
package org.warmpath.ingest;

import org.springframework.modulith.ApplicationModule;
