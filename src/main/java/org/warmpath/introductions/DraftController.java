package org.warmpath.introductions;

import io.swagger.v3.oas.annotations.Operation;
import org.warmpath.accounts.Caller;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drafted message of an introduction request ({@link IntroductionDrafts}): a member
 * reads it before asking, edits it and sends what they edited with
 * {@code POST /api/introductions}.
 */
@RestController
class DraftController {

	private final IntroductionDrafts drafts;

	DraftController(IntroductionDrafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/api/introductions/draft")
	@Operation(summary = "Draft the message of an introduction request",
			description = "From what the graph knows and you may see: how you know the introducer, how they know "
					+ "the target, what you share with the target, your need and goals, why they fit. 404 for an "
					+ "unknown person, 422 introducer-not-connected as the request itself answers, 400 for a need "
					+ "that is not in the vocabulary. Admins name the requester.")
	IntroductionDrafts.Draft draft(@RequestParam(required = false) String target,
			@RequestParam(required = false) String via, @RequestParam(required = false) String need,
			@RequestParam(required = false) String requester, Authentication auth) {
		return this.drafts.draft(Caller.of(auth), target, via, need, requester);
	}

}
