package org.warmpath.mentorships;

import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's mentoring desk: {@code GET}/{@code PATCH /api/me/mentoring}. */
@RestController
@RequestMapping("/api/me/mentoring")
class MentoringDeskController {

	private final MentoringDesk desk;

	private final Mentorships mentorships;

	MentoringDeskController(MentoringDesk desk, Mentorships mentorships) {
		this.desk = desk;
		this.mentorships = mentorships;
	}

	@GetMapping
	Desk desk(Authentication auth) {
		return this.desk.of(Caller.of(auth).requirePerson());
	}

	/**
	 * What the desk owns of a mentor's settings: {@code available} pauses or resumes new
	 * requests without touching capacity (capacity is the profile's,
	 * {@code PATCH /api/me}).
	 */
	@PatchMapping
	Desk change(@RequestBody(required = false) DeskChange body, Authentication auth) {
		String person = Caller.of(auth).requirePerson();
		if (body == null || body.available() == null) {
			throw Problems.badRequest("available", "'available' (true or false) is required");
		}
		this.mentorships.setAvailable(person, body.available());
		return this.desk.of(person);
	}

	/**
	 * A change to the desk.
	 *
	 * @param available false to pause new mentoring requests, true to take them again
	 */
	record DeskChange(Boolean available) {
	}

}
