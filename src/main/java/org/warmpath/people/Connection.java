package org.warmpath.people;

/**
 * One KNOWS tie seen from one side.
 *
 * @param person who is known
 * @param strength tie strength in (0, 1]
 * @param context how they know each other
 * @param since ISO date the tie began, if known
 */
public record Connection(PersonSummary person, double strength, String context, String since) {
}
