package org.warmpath.mentorsearch;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ranked mentors for one mentee.
 *
 * @param forPerson the mentee
 * @param level the level asked for
 * @param candidates how many mentors with capacity were considered
 * @param mentors the best, highest score first
 * @param weights how the parts are weighted into the score
 * @param tookMs time spent
 */
public record MentorRecommendations(@JsonProperty("for") String forPerson, String level, int candidates,
		List<MentorRecommendation> mentors, MentorRecommendation.Parts weights, double tookMs) {
}
