package org.warmpath.analytics;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.warmpath.accounts.Caller;
import org.warmpath.paths.SearchLimits;
import org.warmpath.problems.Problems;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analytics API for programme analysts: synchronous answers (served from the
 * per-version cache when a job already computed them) and background jobs for the heavy
 * ones. Every answer that names people is shown through the visibility rule for the
 * caller ({@link VisibleAnswers}): an analyst sees a member who keeps their ties private
 * as "a private member", an admin sees everyone.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class AnalyticsController {

	static final int MAX_TOP = 1000;

	private final NetworkAnalytics analytics;

	private final AnalyticsJobs jobs;

	private final IntroductionOutcomes introductions;

	private final Visibility visibility;

	AnalyticsController(NetworkAnalytics analytics, AnalyticsJobs jobs, IntroductionOutcomes introductions,
			Visibility visibility) {
		this.analytics = analytics;
		this.jobs = jobs;
		this.introductions = introductions;
		this.visibility = visibility;
	}

	private Viewer viewer(Authentication auth) {
		return this.visibility.forViewer(Caller.of(auth));
	}

	/**
	 * Reach from one person, or the network's reach distribution. A person the rule keeps
	 * anonymous from the caller is answered as if they did not exist (see
	 * {@link #requireNamed}).
	 */
	@GetMapping("/api/analytics/reach")
	Answers.ReachAnswer reach(@RequestParam(required = false) String from,
			@RequestParam(defaultValue = "4") String maxHops, Authentication auth) {
		int hops = intParam("maxHops", maxHops, 1, SearchLimits.MAX_HOPS);
		if (from == null || from.isBlank()) {
			return this.analytics.reachDistribution(Progress.NONE);
		}
		requireNamed(from, auth);
		return this.analytics.reach(from, hops);
	}

	/**
	 * A reach answer is about one person's ties: how many people they reach at each hop,
	 * by specialty and region. Of someone the visibility rule keeps anonymous from the
	 * caller (an analyst asking about a member whose connections are private) it would
	 * tell what their hidden ties are; a redacted answer would still say that the id is a
	 * private member. So the answer is the 404 problem an unknown id gets, word for word;
	 * a reach job is refused the same way before it is queued, for an unknown id too.
	 * @param from the person asked about
	 * @param auth the caller
	 */
	private void requireNamed(String from, Authentication auth) {
		Viewer viewer = viewer(auth);
		int idx = viewer.graph().indexOf(from);
		if (idx < 0 || viewer.graph().isRemoved(idx) || !viewer.disclosePerson(idx).identified()
				|| viewer.tiesWithheldBy(from)) {
			throw Problems.notFound("person", from);
		}
	}

	/**
	 * Brokers, computed in the request when betweenness is cached or cheap (see
	 * {@link NetworkAnalytics#betweennessNeedsJob(int, long)}); on a large graph with
	 * nothing cached, answers 202 with the job computing it ({@code Location:
	 * /api/jobs/{id}}, one job per graph version however many requests arrive) and the
	 * next GET after it finished answers 200 from the cache.
	 */
	@GetMapping("/api/analytics/brokers")
	@ApiResponse(responseCode = "200", description = "The brokers",
			content = @Content(schema = @Schema(implementation = Answers.Brokers.class)))
	@ApiResponse(responseCode = "202", description = "The job computing them",
			content = @Content(schema = @Schema(implementation = AnalyticsJobs.JobStatus.class)))
	ResponseEntity<Answers.BrokersOrJob> brokers(@RequestParam(defaultValue = "20") String top, Authentication auth) {
		int t = intParam("top", top, 1, MAX_TOP);
		if (!this.analytics.betweennessCached() && this.analytics.betweennessNeedsJob()) {
			AnalyticsJobs.Job job = brokersJob(t);
			if (job != null) {
				return ResponseEntity.accepted()
					.location(URI.create("/api/jobs/" + job.id()))
					.body(VisibleAnswers.job(job.view(), viewer(auth)));
			}
		}
		return ResponseEntity.ok(VisibleAnswers.brokers(this.analytics.brokers(t, Progress.NONE), viewer(auth)));
	}

	/** The brokers job of this graph version started by a GET (started now if none). */
	private AnalyticsJobs.Job brokersJob(int top) {
		long version = this.analytics.version();
		synchronized (this.coldBrokers) {
			AnalyticsJobs.Job job = (this.coldBrokers[0] == null) ? null : this.jobs.find(this.coldBrokers[0]);
			if (job != null && this.coldVersion == version && job.status != AnalyticsJobs.Status.FAILED) {
				if (job.status == AnalyticsJobs.Status.SUCCEEDED) {
					return null; // finished: the betweenness is cached for this version
				}
				return job;
			}
			job = this.jobs.submit("brokers", AnalyticsJobs.JobParams.brokers(top),
					p -> this.analytics.brokers(top, p));
			this.coldBrokers[0] = job.id();
			this.coldVersion = version;
			return job;
		}
	}

	private final String[] coldBrokers = new String[1];

	private long coldVersion = -1;

	@GetMapping("/api/analytics/communities")
	Answers.Communities communities(@RequestParam(defaultValue = "100") String limit,
			@RequestParam(defaultValue = "false") boolean members, Authentication auth) {
		return VisibleAnswers.communities(
				this.analytics.communities(intParam("limit", limit, 1, 10_000), members, Progress.NONE), viewer(auth));
	}

	@GetMapping("/api/analytics/summary")
	Answers.Summary summary() {
		return this.analytics.summary(Progress.NONE);
	}

	@GetMapping("/api/analytics/introductions")
	Answers.IntroductionFunnel introductions(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Authentication auth) {
		String f = instant("from", from);
		String t = instant("to", to);
		if (f != null && t != null && OffsetDateTime.parse(f).isAfter(OffsetDateTime.parse(t))) {
			throw Problems.badRequest("to", "'to' must not be before 'from'");
		}
		return VisibleAnswers.introductions(
				this.introductions.outcomes((programme == null || programme.isBlank()) ? null : programme, f, t),
				viewer(auth));
	}

	/**
	 * Starts a background computation of {@code kind} (summary, brokers, communities,
	 * reach); answers 202 with the job, whose {@code Location} is the status URL.
	 */
	@PostMapping("/api/analytics/{kind}/jobs")
	@ApiResponse(responseCode = "202", description = "The job, queued")
	ResponseEntity<AnalyticsJobs.JobStatus> start(@PathVariable String kind,
			@RequestParam(required = false) Map<String, String> query, Authentication auth) {
		AnalyticsJobs.Job job = switch (kind) {
			case "summary" -> this.jobs.submit(kind, AnalyticsJobs.JobParams.NONE, this.analytics::summary);
			case "brokers" -> {
				int top = intParam("top", query.getOrDefault("top", "20"), 1, MAX_TOP);
				yield this.jobs.submit(kind, AnalyticsJobs.JobParams.brokers(top), p -> this.analytics.brokers(top, p));
			}
			case "communities" -> {
				int limit = intParam("limit", query.getOrDefault("limit", "100"), 1, 10_000);
				boolean members = Boolean.parseBoolean(query.getOrDefault("members", "false"));
				yield this.jobs.submit(kind, AnalyticsJobs.JobParams.communities(limit, members),
						p -> this.analytics.communities(limit, members, p));
			}
			case "reach" -> {
				String from = query.get("from");
				if (from != null && !from.isBlank()) {
					requireNamed(from, auth);
					int hops = intParam("maxHops", query.getOrDefault("maxHops", "4"), 1, SearchLimits.MAX_HOPS);
					yield this.jobs.submit(kind, AnalyticsJobs.JobParams.reach(from, hops),
							p -> this.analytics.reach(from, hops));
				}
				yield this.jobs.submit(kind, AnalyticsJobs.JobParams.NONE, this.analytics::reachDistribution);
			}
			default -> throw Problems.badRequest("kind",
					"Unknown analytics kind '" + kind + "': use summary, brokers, communities or reach");
		};
		return ResponseEntity.accepted()
			.location(URI.create("/api/jobs/" + job.id()))
			.body(VisibleAnswers.job(job.view(), viewer(auth)));
	}

	@GetMapping("/api/jobs/{id}")
	AnalyticsJobs.JobStatus job(@PathVariable String id, Authentication auth) {
		AnalyticsJobs.Job job = this.jobs.find(id);
		if (job == null) {
			throw Problems.notFound("job", id);
		}
		return VisibleAnswers.job(job.view(), viewer(auth));
	}

	static int intParam(String field, String value, int min, int max) {
		int v;
		try {
			v = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw Problems.badRequest(field, "'" + field + "' must be a whole number between " + min + " and " + max);
		}
		if (v < min || v > max) {
			throw Problems.badRequest(field, "'" + field + "' must be between " + min + " and " + max + ": " + v);
		}
		return v;
	}

	/** An ISO date or date-time as an ISO offset date-time (dates are midnight UTC). */
	static String instant(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.trim()).toString();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.trim()).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
			}
			catch (DateTimeParseException ex2) {
				throw Problems.badRequest(field, "'" + field + "' must be an ISO date or date-time: " + value);
			}
		}
	}

}
