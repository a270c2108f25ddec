package org.warmpath.analytics;

import java.time.OffsetDateTime;
import java.util.List;

import org.warmpath.accounts.Caller;
import org.warmpath.problems.Problems;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme analytics: each programme's introduction funnel next to its mentoring funnel
 * and capacity. Not behind the analytics role check of {@link AnalyticsController}: who
 * may read a programme's figures is decided per programme by {@link #mayRead}, so that
 * programme leads can be let in for their own programmes. The answers are counts and
 * programme names, never people, so no visibility rule applies.
 */
@RestController
class ProgrammeAnalyticsController {

	private final IntroductionOutcomes outcomes;

	ProgrammeAnalyticsController(IntroductionOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	/** The funnels of every programme the caller may read, by name. */
	@GetMapping("/api/analytics/programmes")
	List<Answers.ProgrammeFunnel> programmes(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication auth) {
		Caller caller = Caller.of(auth);
		String[] window = window(from, to);
		List<Answers.ProgrammeRef> readable = this.outcomes.programmes(null)
			.stream()
			.filter(p -> mayRead(caller, p.id()))
			.toList();
		if (readable.isEmpty() && !mayRead(caller, null)) {
			throw forbidden();
		}
		return readable.stream().map(p -> this.outcomes.programmeFunnel(p, window[0], window[1])).toList();
	}

	/**
	 * One programme's funnels; 404 for an unknown programme, 403 for a caller who may not
	 * read it.
	 */
	@GetMapping("/api/analytics/programmes/{id}")
	Answers.ProgrammeFunnel programme(@PathVariable String id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication auth) {
		Caller caller = Caller.of(auth);
		if (!mayRead(caller, id)) {
			throw forbidden();
		}
		String[] window = window(from, to);
		Answers.ProgrammeRef programme = this.outcomes.programmes(id)
			.stream()
			.findFirst()
			.orElseThrow(() -> Problems.notFound("programme", id));
		return this.outcomes.programmeFunnel(programme, window[0], window[1]);
	}

	/**
	 * Whether the caller may read a programme's analytics (null: any programme): admins
	 * and analysts read every programme, a programme lead the programmes they lead.
	 */
	static boolean mayRead(Caller caller, String programmeId) {
		return caller.admin() || caller.analyst() || (programmeId != null && caller.leads(programmeId));
	}

	private static String[] window(String from, String to) {
		String f = AnalyticsController.instant("from", from);
		String t = AnalyticsController.instant("to", to);
		if (f != null && t != null && OffsetDateTime.parse(f).isAfter(OffsetDateTime.parse(t))) {
			throw Problems.badRequest("to", "'to' must not be before 'from'");
		}
		return new String[] { f, t };
	}

	private static RuntimeException forbidden() {
		return Caller.forbidden("Programme analytics are for analysts and admins", null);
	}

}
