package org.warmpath.ingest;

import java.util.Locale;

/**
 * Where a {@code KNOWS} tie came from, stored as its {@code source} property so ties can
 * be told apart (and removed) by origin.
 */
public enum TieSource {

	/** A connections.csv import. */
	IMPORT,

	/** A LinkedIn Connections.csv import. */
	LINKEDIN,

	/** The People API (written by {@code people.PersonWrites} as {@code api}). */
	API,

	/** The generated demo network. */
	DEMO;

	/**
	 * The value stored on the relationship.
	 * @return the lower-case name, such as {@code import}
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
