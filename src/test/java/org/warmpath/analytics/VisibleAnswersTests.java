package org.warmpath.analytics;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.visibility.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics answers pass through the one visibility rule for whoever reads them: an
 * analyst sees a member whose connections are private as "a private member" (no id, no
 * name) in brokers, articulation points, bridges, community brokers and member lists, and
 * in a job's result; the admin sees them named. On a tiny inline graph, so the answers do
 * not depend on what else the shared test database holds (the HTTP tests in
 * {@link AnalyticsVisibilityTests} cover the funnel end to end).
 */
class VisibleAnswersTests {

	private static final Answers.PersonRef PRIV = new Answers.PersonRef("priv", "Private Person");

	private static final Answers.PersonRef PUB = new Answers.PersonRef("pub", "Public Person");

	private final KnowsGraph graph = graph();

	private final Viewer analyst = Viewer.of(this.graph, null, List.of());

	private final Viewer admin = Viewer.everything(this.graph);

	private static KnowsGraph graph() {
		var b = KnowsGraph.builder();
		b.addPerson("pub", true, false);
		b.addPerson("priv", true, true);
		b.addPerson("other", true, false);
		b.addTie("pub", "priv", 0.5);
		b.addTie("priv", "other", 0.5);
		return b.build();
	}

	private static Answers.Brokers brokers() {
		return new Answers.Brokers(true, null, null, 3, 4e8, "exact",
				List.of(new Answers.Broker(PRIV, 1.0), new Answers.Broker(PUB, 0.5)), 1, List.of(PRIV), 1,
				List.of(new Answers.Bridge(PUB, PRIV, 0.5)));
	}

	private static Answers.Communities communities() {
		return new Answers.Communities("louvain", true, 0.4, 1,
				List.of(new Answers.Community(0, 3, List.of(), List.of(),
						List.of(new Answers.CommunityBroker("priv", "Private Person", 2),
								new Answers.CommunityBroker("pub", "Public Person", 1)),
						List.of("pub", "priv", "other"))));
	}

	@Test
	void brokersArticulationPointsAndBridgesShowAPrivateMemberAnonymouslyToAnAnalyst() {
		Answers.Brokers seen = VisibleAnswers.brokers(brokers(), this.analyst);
		assertThat(seen.brokers()).extracting(Answers.Broker::person)
			.containsExactly(VisibleAnswers.PRIVATE_MEMBER, PUB);
		assertThat(seen.articulationPoints()).containsExactly(VisibleAnswers.PRIVATE_MEMBER);
		assertThat(seen.bridges()).containsExactly(new Answers.Bridge(PUB, VisibleAnswers.PRIVATE_MEMBER, 0.5));
		assertThat(VisibleAnswers.brokers(brokers(), this.admin)).isEqualTo(brokers());
	}

	@Test
	void communityBrokersAndMembersLeaveAPrivateMemberUnnamedToAnAnalyst() {
		Answers.Community seen = VisibleAnswers.communities(communities(), this.analyst).communities().get(0);
		assertThat(seen.brokers()).containsExactly(new Answers.CommunityBroker(null, null, 2),
				new Answers.CommunityBroker("pub", "Public Person", 1));
		assertThat(seen.members()).containsExactly("pub", "other");
		assertThat(seen.size()).isEqualTo(3);
		assertThat(VisibleAnswers.communities(communities(), this.admin)).isEqualTo(communities());
	}

	@Test
	void aJobsResultIsShownThroughTheRuleForWhoeverPollsIt() {
		Instant now = Instant.now();
		AnalyticsJobs.JobStatus job = new AnalyticsJobs.JobStatus("j1", "brokers", AnalyticsJobs.JobParams.NONE,
				AnalyticsJobs.Status.SUCCEEDED, 100, now, now, now, brokers(), null);
		Answers.Brokers forAnalyst = (Answers.Brokers) VisibleAnswers.job(job, this.analyst).result();
		assertThat(forAnalyst.brokers().get(0).person()).isEqualTo(VisibleAnswers.PRIVATE_MEMBER);
		Answers.Brokers forAdmin = (Answers.Brokers) VisibleAnswers.job(job, this.admin).result();
		assertThat(forAdmin.brokers().get(0).person()).isEqualTo(PRIV);
	}

}
