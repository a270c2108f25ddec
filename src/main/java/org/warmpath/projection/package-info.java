/**
 * The in-memory projection of people and KNOWS ties (CSR storage, id index, in-place
 * withdrawals, builder) that path, mutual, recommendation and analytics answers read,
 * kept in step with Neo4j and with other instances through the change feed.
 */
@ApplicationModule(displayName = "Projection", allowedDependencies = { "cypher", "embedded", "schema" })
package org.warmpath.projection;

import org.springframework.modulith.ApplicationModule;
