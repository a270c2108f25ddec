package org.warmpath.people;

/**
 * Directory search criteria; null means "any".
 *
 * @param q part of a name, or an exact id
 * @param specialty specialty name (case-insensitive)
 * @param region region name (case-insensitive)
 * @param grade part of the grade text
 * @param openToMentoring only people who do (or do not) take mentees
 */
public record PersonFilter(String q, String specialty, String region, String grade, Boolean openToMentoring) {
}
