package org.warmpath.programmes;

import jakarta.validation.constraints.Size;

/**
 * An admin's new programme ({@code POST}: name required) or edit ({@code PATCH}: a field
 * left out stays).
 *
 * @param name display name; its slug becomes the id of a new programme
 * @param kind a {@link ProgrammeKind} id; a new programme without one is {@code other}
 */
public record ProgrammeInput(@Size(max = 200) String name, @Size(max = 40) String kind) {
}
