package org.warmpath.network;

/**
 * Published after a committed write that adds or changes people or ties, so the in-memory
 * projection rebuilds before it next answers.
 *
 * @param what a short description for the log
 */
public record GraphChanged(String what) {
}
