package org.warmpath.introductions;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/introductions")
class IntroductionController {

	private static final List<String> ROLES = List.of("requester", "introducer", "target", "any");

	private final Introductions introductions;

	IntroductionController(Introductions introductions) {
		this.introductions = introductions;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Introduction request(@Valid @RequestBody IntroductionRequest request, Authentication auth) {
		return this.introductions.request(Caller.of(auth), request);
	}

	@GetMapping
	List<Introduction> list(@RequestParam(defaultValue = "any") String role,
			@RequestParam(required = false) String status, @RequestParam(required = false) String person,
			Authentication auth) {
		Caller caller = Caller.of(auth);
		String r = role.toLowerCase(Locale.ROOT);
		if (!ROLES.contains(r)) {
			throw Problems.badRequest("role", "role must be requester, introducer, target or any");
		}
		String s = (status == null || status.isBlank()) ? null : status.strip().toUpperCase(Locale.ROOT);
		if (s != null && !Introductions.STATUSES.contains(s)) {
			throw Problems.badRequest("status",
					"status must be one of REQUESTED, ACCEPTED, DECLINED, COMPLETED, EXPIRED, WITHDRAWN");
		}
		String whose;
		if (caller.admin()) {
			whose = (person == null || person.isBlank()) ? null : person;
		}
		else {
			whose = caller.requirePerson();
			if (person != null && !person.equals(whose)) {
				throw Caller.forbidden("Members list their own introductions only", "person");
			}
		}
		return this.introductions.list(whose, r, s);
	}

	@GetMapping("/{id}")
	Introduction get(@PathVariable String id, Authentication auth) {
		return this.introductions.get(Caller.of(auth), id);
	}

	@PostMapping("/{id}/{action}")
	Introduction transition(@PathVariable String id, @PathVariable String action, Authentication auth) {
		Action a = switch (action) {
			case "accept" -> Action.ACCEPT;
			case "decline" -> Action.DECLINE;
			case "complete" -> Action.COMPLETE;
			case "withdraw" -> Action.WITHDRAW;
			default -> throw Problems.exception(HttpStatus.NOT_FOUND, "not-found", "Not found",
					"No action '" + action + "'; use accept, decline, complete or withdraw", java.util.Map.of());
		};
		return this.introductions.transition(Caller.of(auth), id, a);
	}

}
