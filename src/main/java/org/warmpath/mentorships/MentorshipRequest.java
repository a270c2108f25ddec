package org.warmpath.mentorships;

import jakarta.validation.constraints.Size;

/**
 * A mentee's request to a mentor.
 *
 * @param message a note to the mentor
 * @param programme programme id, if the request belongs to one
 * @param mentee only for admins acting for someone; members ask for themselves
 * @param need what the mentee asks for: an id of {@link Needs}; optional, so requests
 * made before needs existed still work
 */
public record MentorshipRequest(@Size(max = 2000) String message, @Size(max = 200) String programme,
		@Size(max = 200) String mentee, @Size(max = 100) String need) {

	/** A request without a need (the shape before needs existed). */
	public MentorshipRequest(String message, String programme, String mentee) {
		this(message, programme, mentee, null);
	}

}
