package org.warmpath.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Visibility;

import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/paths")
class PathController {

	private static final int MAX_AVOID = 100;

	private final IntroductionPaths paths;

	private final Visibility visibility;

	PathController(IntroductionPaths paths, Visibility visibility) {
		this.paths = paths;
		this.visibility = visibility;
	}

	@GetMapping
	PathAnswer find(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "warmest") String mode, @RequestParam(defaultValue = "3") int k,
			@RequestParam(defaultValue = "4") int maxHops, @RequestParam(required = false) Double minStrength,
			@RequestParam(required = false) String avoid, @RequestParam(defaultValue = "graph") String engine,
			Authentication auth) {
		Caller caller = Caller.of(auth);
		caller.requireSelfOrAdmin(from, "from");
		PathAnswer answer = this.paths.find(request(from, to, mode, k, maxHops, minStrength, avoid), engine);
		return IntroductionPaths.redact(answer, this.visibility.forViewer(caller), to);
	}

	static PathRequest request(String from, String to, String mode, int k, int maxHops, Double minStrength,
			String avoid) {
		if (from.isBlank()) {
			throw Problems.badRequest("from", "from must name a person");
		}
		if (to.isBlank()) {
			throw Problems.badRequest("to", "to must name a person");
		}
		if (from.equals(to)) {
			throw Problems.badRequest("to", "from and to are the same person");
		}
		PathMode pathMode = switch (mode.toLowerCase(Locale.ROOT)) {
			case "warmest" -> PathMode.WARMEST;
			case "fewest" -> PathMode.FEWEST;
			case "likeliest" -> PathMode.LIKELIEST;
			default -> throw Problems.badRequest("mode", "mode must be warmest, fewest or likeliest");
		};
		if (k < 1 || k > PathFinder.MAX_K) {
			throw Problems.badRequest("k", "k must be between 1 and " + PathFinder.MAX_K);
		}
		if (maxHops < 1 || maxHops > SearchLimits.MAX_HOPS) {
			throw Problems.badRequest("maxHops", "maxHops must be between 1 and " + SearchLimits.MAX_HOPS);
		}
		double min = (minStrength == null) ? 0.0 : minStrength;
		if (!(min >= 0.0 && min <= 1.0)) {
			throw Problems.badRequest("minStrength", "minStrength must be between 0 and 1");
		}
		return new PathRequest(from, to, pathMode, k, maxHops, min, parseIds("avoid", avoid));
	}

	static List<String> parseIds(String field, String list) {
		List<String> ids = new ArrayList<>();
		if (list == null || list.isBlank()) {
			return ids;
		}
		for (String part : list.split(",", -1)) {
			String id = part.strip();
			if (id.isEmpty() || id.length() > 200 || id.chars().anyMatch(Character::isISOControl)) {
				throw Problems.badRequest(field, field + " must be a comma-separated list of person ids");
			}
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		if (ids.size() > MAX_AVOID) {
			throw Problems.badRequest(field, field + " may name at most " + MAX_AVOID + " people");
		}
		return ids;
	}

	@ExceptionHandler(SearchTimeoutException.class)
	ErrorResponseException timeout(SearchTimeoutException ex) {
		return SearchTimeoutAdvice.problem(
				"The path search ran past its time budget; ask for fewer hops, fewer alternatives or a higher minStrength");
	}

}
