package org.warmpath.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * How two people know each other: the kinds of evidence a member gives for their side of
 * a tie. Listed by {@code GET /api/vocabulary} so the web app offers choices, and taken
 * by the API as the {@link #id() id}.
 */
public enum EvidenceKind {

	/** Worked in the same team or department. */
	WORKED_TOGETHER("worked-together", "Worked together"),

	/** The other person supervised me. */
	SUPERVISED_ME("supervised-me", "Supervised me"),

	/** I supervised the other person. */
	I_SUPERVISED("i-supervised", "I supervised them"),

	/** Trained in the same programme or rotation. */
	TRAINED_TOGETHER("trained-together", "Trained together"),

	/** Wrote a paper or report together. */
	CO_AUTHORED("co-authored", "Co-authored"),

	/** Sat on a committee together. */
	COMMITTEE("committee", "Committee"),

	/** A mentoring relationship. */
	MENTORING("mentoring", "Mentoring"),

	/** Met at a conference. */
	CONFERENCE("conference", "Conference"),

	/** Studied at the same place. */
	ALUMNI("alumni", "Alumni"),

	/** Know each other socially. */
	SOCIAL("social", "Social"),

	/** Were introduced through WarmPath or someone else. */
	INTRODUCTION("introduction", "Introduction");

	private final String id;

	private final String label;

	EvidenceKind(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/**
	 * The stable id the API takes and answers, such as {@code worked-together}.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * A label for people.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The kind with an id.
	 * @param id such as {@code worked-together}; may be null
	 * @return the kind, or empty when no kind has that id
	 */
	public static Optional<EvidenceKind> byId(String id) {
		return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
	}

}
