package org.warmpath.people;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields an admin sets when creating or replacing a person.
 *
 * @param name display name
 * @param headline one line about them
 * @param grade grade as written; the seniority is derived from it
 * @param specialty specialty name
 * @param region region name
 * @param organisation employer name
 * @param skills skill names
 * @param openToIntroductions default false (consent is opt-in); for a person who set it
 * themselves, {@code false} closes them and {@code true} or leaving it out keeps their
 * own value
 * @param openToMentoring default false
 * @param mentorCapacity 0..50, default 0
 * @param programmes programme names
 */
public record PersonInput(@NotBlank @Size(max = 200) String name, @Size(max = 500) String headline,
		@Size(max = 100) String grade, @Size(max = 100) String specialty, @Size(max = 100) String region,
		@Size(max = 200) String organisation, @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
		Boolean openToIntroductions, Boolean openToMentoring, @Min(0) @Max(50) Integer mentorCapacity,
		@Size(max = 20) List<@NotBlank @Size(max = 200) String> programmes) {
}
