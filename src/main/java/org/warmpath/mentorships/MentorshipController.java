package org.warmpath.mentorships;

import java.util.Map;

import jakarta.validation.Valid;

import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mentoring/{mentorId}")
class MentorshipController {

	private final Mentorships mentorships;

	MentorshipController(Mentorships mentorships) {
		this.mentorships = mentorships;
	}

	@PostMapping("/requests")
	@ResponseStatus(HttpStatus.CREATED)
	Mentorship request(@PathVariable String mentorId, @Valid @RequestBody(required = false) MentorshipRequest body,
			Authentication auth) {
		Caller caller = Caller.of(auth);
		MentorshipRequest request = (body == null) ? new MentorshipRequest(null, null, null) : body;
		String mentee;
		if (caller.admin() && request.mentee() != null && !request.mentee().isBlank()) {
			mentee = request.mentee();
		}
		else {
			mentee = caller.requirePerson();
			if (request.mentee() != null && !request.mentee().equals(mentee)) {
				throw Caller.forbidden("Members ask for mentoring for themselves only", "mentee");
			}
		}
		return this.mentorships.request(mentorId, mentee, request);
	}

	@PostMapping("/accept/{menteeId}")
	Mentorship accept(@PathVariable String mentorId, @PathVariable String menteeId, Authentication auth) {
		Caller.of(auth).requireSelfOrAdmin(mentorId, "mentorId");
		return this.mentorships.accept(mentorId, menteeId);
	}

	/**
	 * The mentor answers a request with an exploratory conversation. Anyone but the two
	 * people (and admins) gets 404, so the answer does not tell whether the request
	 * exists; the mentee gets 403.
	 */
	@PostMapping("/explore/{menteeId}")
	Mentorship explore(@PathVariable String mentorId, @PathVariable String menteeId, Authentication auth) {
		Caller caller = Caller.of(auth);
		requireParty(caller, mentorId, menteeId);
		caller.requireSelfOrAdmin(mentorId, "mentorId");
		return this.mentorships.explore(mentorId, menteeId);
	}

	/**
	 * Either side writes the agreement of an active mentorship; anyone else gets 404.
	 */
	@PutMapping("/agreement/{menteeId}")
	Mentorship agreement(@PathVariable String mentorId, @PathVariable String menteeId,
			@RequestBody(required = false) Agreement.AgreementInput body, Authentication auth) {
		Caller caller = Caller.of(auth);
		requireParty(caller, mentorId, menteeId);
		Agreement.AgreementInput input = (body == null) ? new Agreement.AgreementInput(null, null, null, null) : body;
		return this.mentorships.agree(mentorId, menteeId, input, caller.admin() ? null : caller.personId());
	}

	/**
	 * Lets through admins and the two people of a mentorship; for anyone else the
	 * mentorship does not exist (404, the same answer as when there is none).
	 */
	private void requireParty(Caller caller, String mentorId, String menteeId) {
		if (caller.admin() || (caller.member() && (caller.is(mentorId) || caller.is(menteeId)))) {
			return;
		}
		throw Problems.exception(HttpStatus.NOT_FOUND, "mentorship-not-found", "Mentorship not found",
				"No mentoring relationship between these people", Map.of());
	}

	@PostMapping("/decline/{menteeId}")
	Mentorship decline(@PathVariable String mentorId, @PathVariable String menteeId, Authentication auth) {
		Caller.of(auth).requireSelfOrAdmin(mentorId, "mentorId");
		return this.mentorships.decline(mentorId, menteeId);
	}

	@PostMapping("/end/{menteeId}")
	Mentorship end(@PathVariable String mentorId, @PathVariable String menteeId, Authentication auth) {
		Caller caller = Caller.of(auth);
		if (!caller.admin() && !(caller.member() && (caller.is(mentorId) || caller.is(menteeId)))) {
			throw Caller.forbidden("Only the mentor or the mentee can end a mentorship", "menteeId");
		}
		return this.mentorships.end(mentorId, menteeId);
	}

	@GetMapping("/mentees/{menteeId}")
	Mentorship get(@PathVariable String mentorId, @PathVariable String menteeId, Authentication auth) {
		Caller caller = Caller.of(auth);
		if (!caller.admin() && !(caller.member() && (caller.is(mentorId) || caller.is(menteeId)))) {
			throw Caller.forbidden("Only the mentor or the mentee can see this mentorship", "menteeId");
		}
		return this.mentorships.get(mentorId, menteeId);
	}

}
