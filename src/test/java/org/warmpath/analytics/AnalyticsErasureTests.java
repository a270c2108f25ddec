package org.warmpath.analytics;

import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's erasure clears the analytics answers cached while they were in the graph:
 * none is served again, and none stays in memory holding their id or name.
 */
@WarmPathTest
class AnalyticsErasureTests {

	private final MockMvc mvc;

	private final TestData data;

	private final NetworkAnalytics analytics;

	@Autowired
	AnalyticsErasureTests(MockMvc mvc, TestData data, NetworkAnalytics analytics) {
		this.mvc = mvc;
		this.data = data;
		this.analytics = analytics;
	}

	@Test
	void anErasedMembersCachedAnswersAreLetGo() throws Exception {
		TestGraphs g = this.data.graph().people("gone", "friend").ties("gone-friend:0.6");
		String id = g.id("gone");
		MemberAccounts accounts = this.data.accounts();
		String gone = accounts.member(id);
		Answers.Communities communities = this.analytics.communities(10_000, true, Progress.NONE);
		assertThat(communities.communities()).anyMatch(c -> c.members().contains(id));
		long version = this.analytics.version();
		assertThat(this.analytics.holdsUpTo(version)).isTrue();

		this.mvc.perform(delete("/api/me").with(accounts.as(gone))).andExpect(status().isNoContent());

		assertThat(this.analytics.holdsUpTo(version)).as("answers cached while the member was in the graph").isFalse();
	}

}
