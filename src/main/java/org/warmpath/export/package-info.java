/**
 * Exports of the network (or an ego network or a community) that Gephi opens: GraphML,
 * GEXF and JSON.
 */
@ApplicationModule(displayName = "Export",
		allowedDependencies = { "accounts", "analytics", "cypher", "problems", "projection", "visibility" })
package org.warmpath.export;

import org.springframework.modulith.ApplicationModule;
