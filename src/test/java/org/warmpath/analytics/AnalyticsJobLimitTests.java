package org.warmpath.analytics;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The analytics queue is bounded: with {@code max-active-jobs} jobs queued or running, a
 * new job and a cold brokers request are refused with 429 and {@code Retry-After} instead
 * of piling minutes of work behind the single worker.
 */
class AnalyticsJobLimitTests {

	static final Answers.Communities DONE = new Answers.Communities("test", false, 0, 0, List.of());

	@Test
	void beyondTheBoundJobsAndColdBrokersAnswer429UntilOneFinishes() throws Exception {
		AnalyticsJobs jobs = new AnalyticsJobs();
		CountDownLatch release = new CountDownLatch(1);
		NetworkAnalytics analytics = mock(NetworkAnalytics.class);
		when(analytics.version()).thenReturn(1L);
		when(analytics.betweennessCached()).thenReturn(false);
		when(analytics.betweennessNeedsJob()).thenReturn(true);
		when(analytics.brokers(anyInt(), any())).thenReturn(null);
		AnalyticsController controller = new AnalyticsController(analytics, jobs, null, ColdBrokersTests.adminView());
		try {
			List<AnalyticsJobs.Job> started = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				AnalyticsJobs.Job job = jobs.submit("test", AnalyticsJobs.JobParams.NONE, p -> {
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return DONE;
				});
				started.add(job);
			}
			ErrorResponseException busy = catchThrowableOfType(ErrorResponseException.class,
					() -> jobs.submit("test", AnalyticsJobs.JobParams.NONE, p -> DONE));
			assertThat(busy).isNotNull();
			assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(busy.getBody().getType().toString()).endsWith("/analytics-busy");
			assertThat(busy.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
			ErrorResponseException cold = catchThrowableOfType(ErrorResponseException.class,
					() -> controller.brokers("20", ColdBrokersTests.ADMIN));
			assertThat(cold).isNotNull();
			assertThat(cold.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			release.countDown();
			for (int i = 0; i < 200
					&& started.stream().anyMatch(j -> j.view().status() != AnalyticsJobs.Status.SUCCEEDED); i++) {
				Thread.sleep(25);
			}
			assertThat(jobs.submit("test", AnalyticsJobs.JobParams.NONE, p -> DONE)).isNotNull();
		}
		finally {
			release.countDown();
			jobs.stop();
		}
	}

}
