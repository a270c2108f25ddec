package org.warmpath.privacy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PUT} and {@code PATCH /api/me} as the OpenAPI document shows it; the
 * controller binds a map instead because it must tell a field left out from one sent as
 * null (see {@link ProfileSettings#update}).
 *
 * @param openToIntroductions whether paths may pass through the member
 * @param openToMentoring whether the member offers mentoring
 * @param mentorCapacity mentees the member takes, 0 to 50
 * @param connectionVisibility who sees the member's connections
 * @param headline a line about the member, at most 500 characters; null or blank clears
 * it
 */
record SettingsChange(Boolean openToIntroductions, Boolean openToMentoring,
		@Schema(minimum = "0", maximum = "50") Integer mentorCapacity, @Schema(allowableValues = {
				"connections", "private" }) String connectionVisibility,
		@Schema(maxLength = 500, description = "null or blank clears it") String headline){
}
