package org.warmpath.analytics;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.warmpath.visibility.Viewer;
import org.warmpath.visibility.Visibility;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A cold {@code GET /api/analytics/brokers} on a graph too large to compute in the
 * request answers 202 with the job's Location (one job per graph version however many
 * requests arrive), and answers 200 with the documented shape once the job has cached the
 * result.
 */
class ColdBrokersTests {

	static final Authentication ADMIN = new TestingAuthenticationToken("admin", null, "ROLE_ADMIN");

	/** The visibility rule as an admin gets it: everyone shown, answers unchanged. */
	static Visibility adminView() {
		Visibility visibility = mock(Visibility.class);
		when(visibility.forViewer(any())).thenReturn(Viewer.everything(null));
		return visibility;
	}

	@Test
	void aColdLargeGraphAnswers202WithOneJobThen200() throws Exception {
		NetworkAnalytics analytics = mock(NetworkAnalytics.class);
		AnalyticsJobs jobs = new AnalyticsJobs();
		CountDownLatch release = new CountDownLatch(1);
		Answers.Brokers answer = new Answers.Brokers(false, 50, 42L, 1_000_000, NetworkAnalytics.EXACT_BETWEENNESS_WORK,
				NetworkAnalytics.SAMPLE_RULE, List.of(), 0, List.of(), 0, List.of());
		when(analytics.version()).thenReturn(7L);
		when(analytics.betweennessCached()).thenReturn(false);
		when(analytics.betweennessNeedsJob()).thenReturn(true);
		when(analytics.brokers(anyInt(), any())).thenAnswer(inv -> {
			release.await(10, TimeUnit.SECONDS);
			return answer;
		});
		try {
			AnalyticsController c = new AnalyticsController(analytics, jobs, null, adminView());
			ResponseEntity<Answers.BrokersOrJob> first = c.brokers("20", ADMIN);
			assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
			URI location = first.getHeaders().getLocation();
			assertThat(location.toString()).startsWith("/api/jobs/");
			assertThat(first.getBody()).isInstanceOf(AnalyticsJobs.JobStatus.class);
			String id = ((AnalyticsJobs.JobStatus) first.getBody()).id();
			assertThat(location.toString()).endsWith(id);
			// a second cold request joins the same job
			ResponseEntity<Answers.BrokersOrJob> second = c.brokers("5", ADMIN);
			assertThat(second.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
			assertThat(second.getHeaders().getLocation()).isEqualTo(location);
			release.countDown();
			AnalyticsJobs.Job j = jobs.find(id);
			for (int i = 0; i < 200 && j.status != AnalyticsJobs.Status.SUCCEEDED; i++) {
				Thread.sleep(25);
			}
			assertThat(j.view().result()).isSameAs(answer);
			// the job cached the betweenness: the GET now answers in the request
			when(analytics.betweennessCached()).thenReturn(true);
			ResponseEntity<Answers.BrokersOrJob> done = c.brokers("20", ADMIN);
			assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(done.getBody()).isSameAs(answer);
			verify(analytics, times(2)).brokers(anyInt(), any());
		}
		finally {
			release.countDown();
			jobs.stop();
		}
	}

	@Test
	void smallGraphsAnswerInTheRequest() {
		NetworkAnalytics analytics = mock(NetworkAnalytics.class);
		Answers.Brokers answer = new Answers.Brokers(true, null, null, 300, NetworkAnalytics.EXACT_BETWEENNESS_WORK,
				NetworkAnalytics.SAMPLE_RULE, List.of(), 0, List.of(), 0, List.of());
		when(analytics.betweennessCached()).thenReturn(false);
		when(analytics.betweennessNeedsJob()).thenReturn(false);
		when(analytics.brokers(anyInt(), any())).thenReturn(answer);
		ResponseEntity<Answers.BrokersOrJob> r = new AnalyticsController(analytics, new AnalyticsJobs(), null,
				adminView())
			.brokers("20", ADMIN);
		assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(r.getBody()).isSameAs(answer);
	}

}
