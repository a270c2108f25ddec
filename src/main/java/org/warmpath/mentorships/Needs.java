package org.warmpath.mentorships;

import java.util.List;

/**
 * The needs a mentee may ask a mentor for. The same ids as the vocabulary's {@code needs}
 * ({@code GET /api/vocabulary}); kept here as well so a request is validated without
 * depending on the module that serves the vocabulary.
 */
public final class Needs {

	/** Every need id, in the order the web app offers them. */
	public static final List<String> IDS = List.of("career-planning", "exams", "research", "clinical-skills",
			"leadership", "teaching", "wellbeing", "academic-career", "work-life-balance", "returning-to-practice",
			"international-graduates", "other");

	private Needs() {
	}

}
