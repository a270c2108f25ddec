package org.warmpath.mentorships;

import jakarta.validation.constraints.Size;

/**
 * A mentee's request to a mentor.
 *
 * @param message a note to the mentor
 * @param programme programme id, if the request belongs to one
 * @param mentee only for admins acting for someone; members ask for themselves
 */
public record MentorshipRequest(@Size(max = 2000) String message, @Size(max = 200) String programme,
		@Size(max = 200) String mentee) {
}
