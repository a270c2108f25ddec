/**
 * Ties owned by both people: each person's side of a tie (evidence and a closeness
 * rating), the requests waiting for the other side, and the explainable strength
 * ({@link org.warmpath.ties.TieStrength}) that a tie confirmed by both sides (or a
 * re-rated imported tie) gets in Neo4j and, in place, in the projection.
 */
@ApplicationModule(displayName = "Ties",
		allowedDependencies = { "accounts", "cypher", "people", "problems", "projection" })
package org.warmpath.ties;

import org.springframework.modulith.ApplicationModule;
