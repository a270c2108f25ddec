package org.warmpath.ties;

import java.util.List;

/**
 * One person's side of a tie, as they wrote it.
 *
 * @param evidence what they did together, as this side tells it
 * @param closeness how close this side feels, 1 (barely) to 5 (very close)
 */
public record Side(List<Evidence> evidence, int closeness) {

}
