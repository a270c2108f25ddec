/**
 * Versioned, checksummed schema migrations from {@code cypher/migrations}, applied at
 * start-up.
 */
@ApplicationModule(displayName = "Schema", allowedDependencies = { "cypher" })
package org.warmpath.schema;

import org.springframework.modulith.ApplicationModule;
