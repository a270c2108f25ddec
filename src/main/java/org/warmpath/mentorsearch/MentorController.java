package org.warmpath.mentorsearch;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.warmpath.accounts.Caller;
import org.warmpath.visibility.Visibility;

import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mentors")
@Validated
class MentorController {

	private final MentorSearch search;

	private final Visibility visibility;

	MentorController(MentorSearch search, Visibility visibility) {
		this.search = search;
		this.visibility = visibility;
	}

	/**
	 * Mentors for a mentee, from the network and from programme pools together; each says
	 * its {@code routes}. {@code programme} names the one pool searched (default: every
	 * programme the mentee belongs to); a programme the mentee is not in is searched all
	 * the same, as a mentee may look at a scheme's mentors before joining it; an unknown
	 * one is a 404.
	 */
	@GetMapping("/recommendations")
	MentorRecommendations recommendations(@RequestParam("for") String forPerson,
			@RequestParam(required = false) String programme, @RequestParam(required = false) String specialty,
			@RequestParam(required = false) String region, @RequestParam(required = false) String skills,
			@RequestParam(defaultValue = "any") String level,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit, Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(forPerson, "for");
		List<String> wanted = (skills == null || skills.isBlank()) ? null
				: Arrays.stream(skills.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return MentorSearch.redact(this.search.recommend(forPerson, blankToNull(specialty), blankToNull(region), wanted,
				level, blankToNull(programme), limit), this.visibility.forViewer(caller));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
