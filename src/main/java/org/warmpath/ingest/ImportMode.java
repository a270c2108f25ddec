package org.warmpath.ingest;

import java.util.Locale;

/**
 * What an import does with bad rows: {@link #STRICT} writes nothing unless every row is
 * good, {@link #TOLERANT} writes the good rows and reports the bad ones.
 */
public enum ImportMode {

	/** Validate the whole file first; any rejected row means nothing is written. */
	STRICT,

	/** Write the good rows, report the rejected ones. */
	TOLERANT;

	/**
	 * Parses {@code strict} or {@code tolerant}, ignoring case.
	 * @param text the mode as given
	 * @return the mode
	 * @throws IllegalArgumentException for any other text
	 */
	public static ImportMode parse(String text) {
		if (text != null) {
			String mode = text.strip().toUpperCase(Locale.ROOT);
			for (ImportMode m : values()) {
				if (m.name().equals(mode)) {
					return m;
				}
			}
		}
		throw new IllegalArgumentException("Unknown import mode '" + text + "'; use strict or tolerant");
	}

}
