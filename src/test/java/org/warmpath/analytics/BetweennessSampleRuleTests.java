package org.warmpath.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the betweenness sampling rule: exact while people x ties <= 4e8 (unchanged), else
 * {@code k = max(50, 5e7 / ties)} sources with seed 42, and which graph sizes a cold
 * synchronous {@code GET /api/analytics/brokers} hands to a job (202) instead.
 */
class BetweennessSampleRuleTests {

	@Test
	void exactUpToTheMeasuredThresholdThenABoundedSample() {
		// ego-Facebook: 4,039 x 88,234 = 3.6e8 <= 4e8, exact
		assertThat(NetworkAnalytics.betweennessSources(4_039, 88_234)).isEqualTo(4_039);
		// exactly at the threshold is still exact
		assertThat(NetworkAnalytics.betweennessSources(4_000, 100_000)).isEqualTo(4_000);
		// just above it: 5e7 / 100,001 = 499 sources
		assertThat(NetworkAnalytics.betweennessSources(4_001, 100_001)).isEqualTo(499);
		// 100k demo network: 93 sources (was 746 = 4e8 / ties, a 29 s cold request)
		assertThat(NetworkAnalytics.betweennessSources(100_000, 535_508)).isEqualTo(93);
		// 1M demo network: the floor of 50
		assertThat(NetworkAnalytics.betweennessSources(1_000_000, 5_361_199)).isEqualTo(50);
		// never more sources than people
		assertThat(NetworkAnalytics.betweennessSources(30, 20_000_000)).isEqualTo(30);
		assertThat(NetworkAnalytics.SEED).isEqualTo(42);
		assertThat(NetworkAnalytics.SAMPLE_RULE).contains("4e8").contains("max(50, 5e7 / ties)").contains("seed 42");
	}

	@Test
	void coldSynchronousRequestsOnlyComputeWithinTheBudget() {
		assertThat(NetworkAnalytics.betweennessNeedsJob(305, 1_500)).isFalse();
		// exact up to 1e8 sources x ties in the request; ego-Facebook (exact, 3.6e8,
		// 5-13 s on two cores) goes to a job like the 1M network
		assertThat(NetworkAnalytics.betweennessNeedsJob(2_000, 50_000)).isFalse();
		assertThat(NetworkAnalytics.betweennessNeedsJob(4_039, 88_234)).isTrue();
		assertThat(NetworkAnalytics.betweennessNeedsJob(100_000, 535_508)).isFalse();
		assertThat(NetworkAnalytics.betweennessNeedsJob(1_000_000, 5_361_199)).isTrue();
		// the sample cost never exceeds the budget above the floor of 50 (ties <= 1e6)
		for (long ties = 200_000; ties <= 1_000_000; ties += 50_000) {
			int k = NetworkAnalytics.betweennessSources(1_000_000, ties);
			assertThat((double) k * ties).isLessThanOrEqualTo(NetworkAnalytics.SAMPLED_BETWEENNESS_WORK);
		}
	}

}
