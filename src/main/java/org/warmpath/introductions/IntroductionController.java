package org.warmpath.introductions;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.warmpath.accounts.Caller;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;
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

	private final Visibility visibility;

	IntroductionController(Introductions introductions, Visibility visibility) {
		this.introductions = introductions;
		this.visibility = visibility;
	}

	/**
	 * Introductions as the caller may see them, by the one visibility rule: the
	 * requester-introducer tie strength is that tie's detail, so a party who is neither
	 * of its ends (the target) sees it only when the rule shows them that tie. The
	 * parties themselves are always shown to each other: the request names them.
	 */
	private List<Introduction> visibleTo(List<Introduction> found, Caller caller) {
		if (caller.admin() || found.isEmpty()) {
			return found;
		}
		Viewer viewer = this.visibility.forViewer(caller);
		return found.stream()
			.map(i -> (i.tieStrength() == null || caller.is(i.requester().id()) || caller.is(i.introducer().id())
					|| viewer.tieVisible(i.requester().id(), i.introducer().id())) ? i : i.withoutTieStrength())
			.toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Introduction request(@Valid @RequestBody IntroductionRequest request, Authentication auth) {
		return this.introductions.request(Caller.of(auth), request);
	}

	/**
	 * Asks blindly: WarmPath finds the route and asks its first introducer on the
	 * member's behalf (see {@link Introductions#requestBlind}).
	 */
	@PostMapping("/blind")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask for an introduction through people you may not see",
			description = "WarmPath finds the warmest route of people open to introductions (at most "
					+ Introductions.BLIND_MAX_HOPS + " ties) and asks its first introducer on your behalf; "
					+ "each introducer stays anonymous to you until they accept, and learns only you, your goal "
					+ "and message, and the next person of the route. No route answers the same 422 "
					+ "introducer-not-connected problem as a named introducer who does not know both sides.")
	@ApiResponse(responseCode = "201", description = "The introduction as its requester sees it",
			content = @Content(schema = @Schema(implementation = Introduction.class)))
	Introduction requestBlind(@Valid @RequestBody BlindIntroductionRequest request, Authentication auth) {
		return this.introductions.requestBlind(Caller.of(auth), request);
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
		return visibleTo(this.introductions.list(caller.admin() ? null : whose, whose, r, s), caller);
	}

	@GetMapping("/{id}")
	Introduction get(@PathVariable String id, Authentication auth) {
		Caller caller = Caller.of(auth);
		return visibleTo(List.of(this.introductions.get(caller, id)), caller).get(0);
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
