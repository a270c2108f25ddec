/**
 * Logical backup and restore of the whole graph as JSON lines, checked by an
 * order-independent content hash.
 */
@ApplicationModule(displayName = "Backup", allowedDependencies = { "cypher", "embedded" })
package org.warmpath.backup;

import org.springframework.modulith.ApplicationModule;
