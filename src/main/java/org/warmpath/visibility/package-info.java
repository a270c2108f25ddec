/**
 * The one rule that decides which ties and people an answer may show to whom
 * ({@link org.warmpath.visibility.Visibility}); every answer that shows people and ties
 * (paths, mutual connections, ego networks, mentor recommendations) redacts through it.
 * Low in the module graph, above {@code projection} and {@code accounts} only, so any
 * module that answers with people may use it.
 */
@ApplicationModule(displayName = "Visibility", allowedDependencies = { "accounts", "cypher", "projection" })
package org.warmpath.visibility;

import org.springframework.modulith.ApplicationModule;
