package org.warmpath.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.warmpath.people.PersonErased;
import org.warmpath.problems.Problems;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs heavy analytics in the background so a request never waits minutes: a job has an
 * id, a status, a percentage and, when done, the result. One worker thread (the kernels
 * themselves use every core); the last {@link #KEPT} jobs are remembered.
 *
 * <p>
 * A person's erasure ({@link PersonErased}) forgets every finished job and every job
 * started from them (their results and parameters may name them), and a job running while
 * it happens fails instead of answering with what it computed before.
 */
@Service
public class AnalyticsJobs {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsJobs.class);

	/** Jobs remembered, oldest forgotten first. */
	static final int KEPT = 200;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "analytics-job");
		t.setDaemon(true);
		return t;
	});

	private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
			return size() > KEPT;
		}
	};

	/** Erasures so far: a job that ran across one discards its result. */
	private final AtomicLong erasures = new AtomicLong();

	/** Seconds a refused client is told to wait before starting a job again. */
	static final int RETRY_AFTER_SECONDS = 30;

	private final AnalyticsProperties properties;

	/** With the default bound, for tests without Spring. */
	AnalyticsJobs() {
		this(new AnalyticsProperties(4));
	}

	@org.springframework.beans.factory.annotation.Autowired
	AnalyticsJobs(AnalyticsProperties properties) {
		this.properties = properties;
	}

	/**
	 * Starts a job.
	 * @param kind what it computes
	 * @param params its parameters, echoed in the status
	 * @param work the computation, told where to report progress
	 * @return the job, queued
	 * @throws org.springframework.web.ErrorResponseException 429 with {@code Retry-After}
	 * when {@code max-active-jobs} jobs are already queued or running
	 */
	public Job submit(String kind, JobParams params, Function<Progress, ? extends Answers.Answer> work) {
		Job job = new Job(UUID.randomUUID().toString(), kind, params, Instant.now());
		synchronized (this.jobs) {
			long active = this.jobs.values()
				.stream()
				.filter(j -> j.status == Status.QUEUED || j.status == Status.RUNNING)
				.count();
			if (active >= this.properties.maxActiveJobs()) {
				org.springframework.web.ErrorResponseException busy = Problems.exception(HttpStatus.TOO_MANY_REQUESTS,
						"analytics-busy", "Too many analytics jobs", "Already " + active
								+ " analytics jobs are queued or running; try again in " + RETRY_AFTER_SECONDS + " s",
						Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
				busy.getHeaders()
					.set(org.springframework.http.HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
				throw busy;
			}
			this.jobs.put(job.id, job);
		}
		this.worker.execute(() -> {
			long erasuresAtStart = this.erasures.get();
			job.status = Status.RUNNING;
			job.startedAt = Instant.now();
			try {
				// kernels report from several threads: keep the highest percentage,
				// atomically,
				// so the figure a client polls only ever rises; 100 only once the result
				// is in
				Answers.Answer result = work.apply(f -> job.progress
					.accumulateAndGet((int) Math.floor(99 * Math.min(1, Math.max(0, f))), Math::max));
				if (this.erasures.get() != erasuresAtStart) {
					throw Problems.exception(HttpStatus.CONFLICT, "graph-changed", "Graph changed",
							"A person was erased while the job ran; start it again", Map.of());
				}
				job.result = result;
				job.progress.set(100);
				job.status = Status.SUCCEEDED;
			}
			catch (RuntimeException ex) {
				log.warn("Analytics job {} ({}) failed", job.id, kind, ex);
				job.error = (ex instanceof org.springframework.web.ErrorResponseException e) ? e.getBody().getDetail()
						: "The computation failed";
				job.status = Status.FAILED;
			}
			finally {
				job.finishedAt = Instant.now();
			}
		});
		return job;
	}

	/** The job with this id, or null. */
	public Job find(String id) {
		synchronized (this.jobs) {
			return this.jobs.get(id);
		}
	}

	/**
	 * Forgets what may name an erased person: every finished job (its result was computed
	 * while they were in the graph) and every job started from them; jobs still running
	 * fail when they finish.
	 * @param event the erasure
	 */
	@EventListener
	void erased(PersonErased event) {
		this.erasures.incrementAndGet();
		synchronized (this.jobs) {
			this.jobs.values()
				.removeIf(job -> job.status == Status.SUCCEEDED || job.status == Status.FAILED
						|| event.personId().equals(job.params.from()));
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	/** Where a job is. */
	public enum Status {

		QUEUED, RUNNING, SUCCEEDED, FAILED

	}

	/** One background computation; fields are written by the worker, read by requests. */
	public static final class Job {

		final String id;

		final String kind;

		final JobParams params;

		final Instant submittedAt;

		volatile Status status = Status.QUEUED;

		final java.util.concurrent.atomic.AtomicInteger progress = new java.util.concurrent.atomic.AtomicInteger();

		volatile Answers.Answer result;

		volatile String error;

		volatile Instant startedAt;

		volatile Instant finishedAt;

		Job(String id, String kind, JobParams params, Instant submittedAt) {
			this.id = id;
			this.kind = kind;
			this.params = params;
			this.submittedAt = submittedAt;
		}

		public String id() {
			return this.id;
		}

		/** The job as the API shows it. */
		public JobStatus view() {
			return new JobStatus(this.id, this.kind, this.params, this.status, this.progress.get(), this.submittedAt,
					this.startedAt, this.finishedAt, this.result, this.error);
		}

	}

	/**
	 * The parameters a job was started with, echoed in its status (only those its kind
	 * takes).
	 *
	 * @param top brokers listed (brokers)
	 * @param limit communities listed (communities)
	 * @param members whether member ids are listed (communities)
	 * @param from the person reach is counted from (reach from one person)
	 * @param maxHops the hop bound (reach from one person)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record JobParams(Integer top, Integer limit, Boolean members, String from, Integer maxHops) {

		/** No parameters (summary, reach over everyone). */
		public static final JobParams NONE = new JobParams(null, null, null, null, null);

		static JobParams brokers(int top) {
			return new JobParams(top, null, null, null, null);
		}

		static JobParams communities(int limit, boolean members) {
			return new JobParams(null, limit, members, null, null);
		}

		static JobParams reach(String from, int maxHops) {
			return new JobParams(null, null, null, from, maxHops);
		}

	}

	/**
	 * A job as the API shows it, when started ({@code POST /api/analytics/{kind}/jobs})
	 * and when polled ({@code GET /api/jobs/{id}}).
	 *
	 * @param id the job's id
	 * @param kind what it computes
	 * @param params its parameters
	 * @param status where it is
	 * @param progress percentage done, 100 only with the result
	 * @param submittedAt when it was started
	 * @param startedAt when the worker took it (null while queued)
	 * @param finishedAt when it ended (null until then)
	 * @param result the answer, once succeeded (null until then)
	 * @param error why it failed (left out unless it failed)
	 */
	public record JobStatus(String id, String kind, JobParams params, Status status, int progress, Instant submittedAt,
			Instant startedAt, Instant finishedAt, Answers.Answer result,
			@JsonInclude(JsonInclude.Include.NON_NULL) String error) implements Answers.BrokersOrJob {
	}

}
