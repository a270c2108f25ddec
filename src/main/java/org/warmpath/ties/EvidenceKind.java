package org.warmpath.ties;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How two people know each other, as one side of a tie states it. The weight is how much
 * this kind of shared history says about the tie's warmth: supervision, mentoring and
 * working together say a lot, a conference or a social meeting little. The position of a
 * kind ({@link #ordinal()}) is its bit in the in-memory summary of a tie
 * ({@link org.warmpath.projection.TieExplanation#evidenceKinds()}), so new kinds are
 * added at the end.
 */
public enum EvidenceKind {

	WORKED_TOGETHER("worked-together", 0.50),

	SUPERVISED_ME("supervised-me", 0.60),

	I_SUPERVISED("i-supervised", 0.60),

	TRAINED_TOGETHER("trained-together", 0.40),

	CO_AUTHORED("co-authored", 0.45),

	COMMITTEE("committee", 0.30),

	MENTORING("mentoring", 0.60),

	CONFERENCE("conference", 0.10),

	ALUMNI("alumni", 0.20),

	SOCIAL("social", 0.15),

	INTRODUCTION("introduction", 0.25);

	private final String id;

	private final double weight;

	EvidenceKind(String id, double weight) {
		this.id = id;
		this.weight = weight;
	}

	/** The id the API reads and writes. */
	@JsonValue
	public String id() {
		return this.id;
	}

	/** How much this kind of shared history says about warmth, in (0, 1). */
	public double weight() {
		return this.weight;
	}

	/**
	 * The kind with this id.
	 * @param id the id
	 * @return the kind, or null when no kind has it
	 */
	@JsonCreator
	public static EvidenceKind of(String id) {
		for (EvidenceKind kind : values()) {
			if (kind.id.equals(id)) {
				return kind;
			}
		}
		return null;
	}

	/** The ids of the kinds whose bits are set in {@code mask}. */
	public static List<String> ids(int mask) {
		List<String> ids = new ArrayList<>();
		for (EvidenceKind kind : values()) {
			if ((mask & (1 << kind.ordinal())) != 0) {
				ids.add(kind.id);
			}
		}
		return ids;
	}

}
