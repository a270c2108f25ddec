package org.warmpath.people;

/** What a single-entity write did. */
public enum UpsertResult {

	/** The entity did not exist and was created. */
	CREATED,

	/** The entity existed and was changed. */
	UPDATED,

	/** The entity existed exactly as given; nothing was written. */
	UNCHANGED

}
