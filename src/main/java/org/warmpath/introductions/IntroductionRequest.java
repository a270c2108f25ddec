package org.warmpath.introductions;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a member sends to ask for an introduction.
 *
 * @param target who they want to meet
 * @param via who they ask to introduce them
 * @param goal why (up to 500 characters)
 * @param message a note to the introducer (up to 2000 characters)
 * @param path optional: the chain of person ids the request follows, requester first and
 * target last, with {@code via} in the middle; when given, the introducer need not know
 * both sides directly
 * @param programme optional programme id
 * @param requester only for admins acting for someone; a member always asks for
 * themselves
 */
public record IntroductionRequest(@NotBlank @Size(max = 200) String target, @NotBlank @Size(max = 200) String via,
		@Size(max = 500) String goal, @Size(max = 2000) String message,
		@Size(min = 3, max = 7) List<@NotBlank @Size(max = 200) String> path, @Size(max = 200) String programme,
		@Size(max = 200) String requester) {
}
