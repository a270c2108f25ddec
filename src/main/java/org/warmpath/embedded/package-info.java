/**
 * The in-process Neo4j started when no external URI is set, the one application-wide
 * driver, and the database availability that turns an outage into fast 503 answers.
 */
@ApplicationModule(displayName = "Embedded Neo4j", allowedDependencies = { "cypher" })
package org.warmpath.embedded;

import org.springframework.modulith.ApplicationModule;
