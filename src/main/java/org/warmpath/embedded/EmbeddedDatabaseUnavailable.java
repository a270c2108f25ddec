package org.warmpath.embedded;

import java.nio.file.Path;

/**
 * The embedded database could not start, with the reason a person can act on (another
 * process holds the data folder, the Bolt port is taken) instead of Neo4j's stack trace.
 */
public class EmbeddedDatabaseUnavailable extends RuntimeException {

	private final String action;

	EmbeddedDatabaseUnavailable(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	/** What to do about it. */
	public String action() {
		return this.action;
	}

	static EmbeddedDatabaseUnavailable explain(Path home, int boltPort, RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String type = t.getClass().getSimpleName();
			if (type.equals("FileLockException")) {
				return new EmbeddedDatabaseUnavailable(
						"The data folder " + home + " is in use by another WarmPath or Neo4j process",
						"Stop the other process, or give this one its own folder with WARMPATH_DATA_DIR. To import "
								+ "into a running WarmPath, point the command line at its Bolt port with "
								+ "WARMPATH_NEO4J_URI=bolt://127.0.0.1:"
								+ ((boltPort > 0) ? Integer.toString(boltPort) : "PORT (its log names the port)") + ".",
						ex);
			}
			if (type.equals("PortBindException") || t instanceof java.net.BindException) {
				return new EmbeddedDatabaseUnavailable(
						"The embedded database cannot listen on 127.0.0.1:" + boltPort + ": the port is taken",
						"Stop whatever uses the port, or choose another with WARMPATH_BOLT_PORT (0 picks a free one).",
						ex);
			}
		}
		return new EmbeddedDatabaseUnavailable(
				"The embedded database in " + home + " could not start: " + ex.getMessage(),
				"Check that the folder is writable and has free space; the log above has Neo4j's own reason.", ex);
	}

}
