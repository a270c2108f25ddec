package org.warmpath.mentorships;

import java.util.List;

import org.warmpath.people.Vocabulary;

/**
 * The needs a mentee may ask a mentor for: the vocabulary's {@code needs}
 * ({@code GET /api/vocabulary}, {@link Vocabulary#needs()}), one list for the profile and
 * the mentoring request alike.
 */
public final class Needs {

	/** Every need id, in the order the web app offers them. */
	public static final List<String> IDS = Vocabulary.needs().stream().map(Vocabulary.Term::id).toList();

	private Needs() {
	}

}
