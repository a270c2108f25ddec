package org.warmpath.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How two people know each other: the kinds of evidence a member gives for their side of
 * a tie. Listed by {@code GET /api/vocabulary} so the web app offers choices, and taken
 * by the API as the {@link #id() id}.
 */
public enum EvidenceKind {

	/** Worked in the same team or department. */
	WORKED_TOGETHER("worked-together", "Worked together", 0.50),

	/** The other person supervised me. */
	SUPERVISED_ME("supervised-me", "Supervised me", 0.60),

	/** I supervised the other person. */
	I_SUPERVISED("i-supervised", "I supervised them", 0.60),

	/** Trained in the same programme or rotation. */
	TRAINED_TOGETHER("trained-together", "Trained together", 0.40),

	/** Wrote a paper or report together. */
	CO_AUTHORED("co-authored", "Co-authored", 0.45),

	/** Sat on a committee together. */
	COMMITTEE("committee", "Committee", 0.30),

	/** A mentoring relationship. */
	MENTORING("mentoring", "Mentoring", 0.60),

	/** Met at a conference. */
	CONFERENCE("conference", "Conference", 0.10),

	/** Studied at the same place. */
	ALUMNI("alumni", "Alumni", 0.20),

	/** Know each other socially. */
	SOCIAL("social", "Social", 0.15),

	/** Were introduced through WarmPath or someone else. */
	INTRODUCTION("introduction", "Introduction", 0.25);

	private final String id;

	private final String label;

	private final double weight;

	EvidenceKind(String id, String label, double weight) {
		this.id = id;
		this.label = label;
		this.weight = weight;
	}

	/**
	 * The stable id the API takes and answers, such as {@code worked-together}.
	 * @return the id
	 */
	@JsonValue
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
	 * How much this kind of shared history says about a tie's warmth, in (0, 1):
	 * supervision, mentoring and working together say a lot, a conference or a social
	 * meeting little ({@code ties/TieStrength} combines them).
	 * @return the weight
	 */
	public double weight() {
		return this.weight;
	}

	/**
	 * The kind with this id, for JSON and the stored evidence.
	 * @param id the id
	 * @return the kind, or null when no kind has it
	 */
	@JsonCreator
	public static EvidenceKind of(String id) {
		return byId(id).orElse(null);
	}

	/**
	 * The ids of the kinds whose bits ({@link #ordinal()}) are set in {@code mask}, as
	 * the in-memory summary of a tie keeps them; so new kinds are added at the end.
	 * @param mask one bit per kind
	 * @return the ids in declaration order
	 */
	public static List<String> ids(int mask) {
		List<String> ids = new ArrayList<>();
		for (EvidenceKind kind : values()) {
			if ((mask & (1 << kind.ordinal())) != 0) {
				ids.add(kind.id);
			}
		}
		return ids;
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
