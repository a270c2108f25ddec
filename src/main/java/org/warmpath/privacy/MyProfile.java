package org.warmpath.privacy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.warmpath.people.PersonDetails;

/**
 * A member's own profile: the person as the directory shows them to themselves, with the
 * goals and needs that only they see (the fields at the top level, as {@code PATCH
 * /api/me} takes them).
 *
 * @param person the person
 * @param goals what they want from mentoring, free text, or null
 * @param needs what they may ask mentors for: ids of the vocabulary's needs
 */
public record MyProfile(@JsonUnwrapped PersonDetails person, String goals, List<String> needs) {
}
