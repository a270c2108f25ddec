package org.warmpath.people;

/**
 * Published (synchronously) once a {@link PersonErasure} has erased a person, so that a
 * module keeping answers derived from the graph in memory drops every one that may name
 * them before the erasure answers. It lives here, below the modules that keep such
 * answers (analytics) and the one that erases (privacy), so neither depends on the other.
 *
 * @param personId the erased person; the event is not stored anywhere
 */
public record PersonErased(String personId) {
}
