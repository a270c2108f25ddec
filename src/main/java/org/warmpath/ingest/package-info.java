/**
 * File formats and the import pipeline: programmes, people, connections, mentoring and
 * LinkedIn CSV files read, validated row by row and written in batches; the demo network
 * generator and loader.
 */
@ApplicationModule(displayName = "Ingest",
		allowedDependencies = { "accounts", "cypher", "embedded", "people", "problems", "programmes", "projection" })
package org.warmpath.ingest;

import org.springframework.modulith.ApplicationModule;
