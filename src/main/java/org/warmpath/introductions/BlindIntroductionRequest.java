package org.warmpath.introductions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a member sends to ask for an introduction blindly: to someone they may reach only
 * through people whose ties they may not see. WarmPath finds the route itself and asks
 * its first introducer on the member's behalf; the member learns each introducer only
 * when that person accepts.
 *
 * @param target who they want to meet
 * @param goal why (up to 500 characters)
 * @param message a note to the introducers (up to 2000 characters)
 * @param programme optional programme id
 * @param requester only for admins acting for someone; a member always asks for
 * themselves
 */
public record BlindIntroductionRequest(@NotBlank @Size(max = 200) String target, @Size(max = 500) String goal,
		@Size(max = 2000) String message, @Size(max = 200) String programme, @Size(max = 200) String requester) {
}
