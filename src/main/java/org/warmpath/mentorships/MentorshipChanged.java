package org.warmpath.mentorships;

/**
 * Published after a committed decision that started or ended an ACTIVE mentorship, so
 * that answers built from memory (the mentor catalogue: whom a mentor already mentors)
 * follow it without a Neo4j read. The people's cards (capacity used, past mentees) go
 * with the decision's {@link org.warmpath.projection.GraphChanged}.
 *
 * @param mentor the mentor's person id
 * @param mentee the mentee's person id
 * @param active whether the mentorship is now ACTIVE (false: it ended)
 */
public record MentorshipChanged(String mentor, String mentee, boolean active) {
}
