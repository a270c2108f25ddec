package org.warmpath.programmes;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sort of programme: the formal routes to a mentor the seed names (royal college and
 * faculty schemes, deanery and buddy schemes, alumni networks), and {@code other} for
 * anything else and for programmes that imports created without a kind.
 */
public enum ProgrammeKind {

	/** A royal college's mentoring scheme. */
	COLLEGE_SCHEME("college-scheme"),

	/** A deanery's (NHS England region's) scheme. */
	DEANERY("deanery"),

	/** A faculty's scheme. */
	FACULTY("faculty"),

	/** A buddy scheme, usually near-peer. */
	BUDDY("buddy"),

	/** An alumni network. */
	ALUMNI("alumni"),

	/** Anything else. */
	OTHER("other");

	private final String id;

	ProgrammeKind(String id) {
		this.id = id;
	}

	/** The id the API and the graph use, such as {@code college-scheme}. */
	public String id() {
		return this.id;
	}

	/**
	 * The kind with this id.
	 * @param id an id such as {@code deanery} (case-insensitive)
	 * @return the kind, or empty when there is none with that id
	 */
	public static Optional<ProgrammeKind> of(String id) {
		return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id.trim())).findFirst();
	}

	/** The ids, for problems and import messages that list them. */
	public static String ids() {
		return String.join(", ", Arrays.stream(values()).map(ProgrammeKind::id).toList());
	}

}
