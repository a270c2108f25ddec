package org.warmpath.visibility;

/**
 * How much of one person an answer may show to its viewer.
 */
public enum Disclosure {

	/** Who they are: id, name and every attribute the answer carries. */
	FULL,

	/**
	 * Beyond the viewer's horizon (two hops): grade and specialty only, never an id or a
	 * name.
	 */
	PROFILE,

	/**
	 * Reached only through ties that someone keeps private: an anonymous hop ("a private
	 * member"), no id, no name, no attributes.
	 */
	ANONYMOUS;

	/** Whether the answer may show the person's id and name. */
	public boolean identified() {
		return this == FULL;
	}

}
