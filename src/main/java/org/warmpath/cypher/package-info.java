/**
 * Loads the named queries under {@code cypher/queries} from the classpath, so that every
 * Cypher statement the app runs lives in a file that can be pasted into Neo4j Browser.
 */
@ApplicationModule(displayName = "Cypher", allowedDependencies = {})
package org.warmpath.cypher;

import org.springframework.modulith.ApplicationModule;
