package org.warmpath.analytics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Runs heavy analytics in the background so a request never waits minutes: a job has an
 * id, a status, a percentage and, when done, the result. One worker thread (the kernels
 * themselves use every core); the last {@link #KEPT} jobs are remembered.
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

	/**
	 * Starts a job.
	 * @param kind what it computes
	 * @param params its parameters, echoed in the status
	 * @param work the computation, told where to report progress
	 * @return the job, queued
	 */
	public Job submit(String kind, Map<String, Object> params, Function<Progress, Object> work) {
		Job job = new Job(UUID.randomUUID().toString(), kind, params, Instant.now());
		synchronized (this.jobs) {
			this.jobs.put(job.id, job);
		}
		this.worker.execute(() -> {
			job.status = Status.RUNNING;
			job.startedAt = Instant.now();
			try {
				// kernels report from several threads: keep the highest percentage,
				// atomically,
				// so the figure a client polls only ever rises; 100 only once the result
				// is in
				Object result = work.apply(f -> job.progress
					.accumulateAndGet((int) Math.floor(99 * Math.min(1, Math.max(0, f))), Math::max));
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

		final Map<String, Object> params;

		final Instant submittedAt;

		volatile Status status = Status.QUEUED;

		final java.util.concurrent.atomic.AtomicInteger progress = new java.util.concurrent.atomic.AtomicInteger();

		volatile Object result;

		volatile String error;

		volatile Instant startedAt;

		volatile Instant finishedAt;

		Job(String id, String kind, Map<String, Object> params, Instant submittedAt) {
			this.id = id;
			this.kind = kind;
			this.params = params;
			this.submittedAt = submittedAt;
		}

		public String id() {
			return this.id;
		}

		/** The job as the API shows it. */
		public Map<String, Object> view() {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("id", this.id);
			out.put("kind", this.kind);
			out.put("params", this.params);
			out.put("status", this.status);
			out.put("progress", this.progress.get());
			out.put("submittedAt", this.submittedAt);
			out.put("startedAt", this.startedAt);
			out.put("finishedAt", this.finishedAt);
			out.put("result", this.result);
			if (this.error != null) {
				out.put("error", this.error);
			}
			return out;
		}

	}

}
