/**
 * The command line of the WarmPath jar (picocli): import, generate, backup and restore,
 * and the jar's main class that starts the web app when no command is named.
 */
@ApplicationModule(displayName = "Command line",
		allowedDependencies = { "backup", "ingest", "ingest :: demo", "people" })
package org.warmpath.cli;

import org.springframework.modulith.ApplicationModule;
