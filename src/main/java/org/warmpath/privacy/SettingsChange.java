package org.warmpath.privacy;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PUT} and {@code PATCH /api/me} as the OpenAPI document shows it; the
 * controller binds a map instead because it must tell a field left out from one sent as
 * null (see {@link ProfileSettings#update}).
 *
 * @param name display name, 1 to 200 characters
 * @param headline a line about the member, at most 500 characters; null or blank clears
 * it
 * @param grade a grade id of {@code GET /api/vocabulary}; null clears it
 * @param specialty a specialty id of the vocabulary (or an existing exact name); null
 * clears it
 * @param region a region id of the vocabulary (or an existing exact name); null clears it
 * @param organisation employer name, at most 200 characters; null clears it
 * @param skills skill names, at most 50; null or empty clears them
 * @param goals what the member wants from mentoring, at most 1,000 characters; null
 * clears it
 * @param needs need ids of the vocabulary; null or empty clears them
 * @param openToIntroductions whether paths may pass through the member
 * @param openToMentoring whether the member offers mentoring
 * @param mentorCapacity mentees the member takes, 0 to 50
 * @param connectionVisibility who sees the member's connections
 */
record SettingsChange(@Schema(maxLength = 200) String name,
		@Schema(maxLength = 500, description = "null or blank clears it") String headline,
		@Schema(description = "a grade id of GET /api/vocabulary") String grade,
		@Schema(description = "a specialty id of GET /api/vocabulary") String specialty,
		@Schema(description = "a region id of GET /api/vocabulary") String region,
		@Schema(maxLength = 200) String organisation, @Schema(maxLength = 50) List<String> skills,
		@Schema(maxLength = 1000) String goals,
		@Schema(description = "need ids of GET /api/vocabulary") List<String> needs, Boolean openToIntroductions,
		Boolean openToMentoring, @Schema(minimum = "0", maximum = "50") Integer mentorCapacity,
		@Schema(allowableValues = {
				"connections", "private" }) String connectionVisibility){
}
