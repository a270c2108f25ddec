package org.warmpath.analytics;

import java.util.List;

import org.warmpath.visibility.Viewer;

/**
 * Analytics answers as one viewer may see them. Answers are computed once per graph
 * version for everyone (and cached, or held by a job); who may be named in them is not
 * decided here but by the visibility rule ({@link Viewer#disclosePerson(String)}),
 * applied to every person an answer names, each time it is shown. A person the rule keeps
 * anonymous stays in the figures (counts, ranks, betweenness, sizes) as "a private
 * member": no id, no name.
 */
final class VisibleAnswers {

	private VisibleAnswers() {
	}

	/** A person as an answer shows someone the rule keeps anonymous. */
	static final Answers.PersonRef PRIVATE_MEMBER = new Answers.PersonRef(null, null);

	/** Any answer a job can hold (null while it has none). */
	static Answers.Answer of(Answers.Answer answer, Viewer viewer) {
		if (answer == null || viewer.seesEverything()) {
			return answer;
		}
		if (answer instanceof Answers.Brokers b) {
			return brokers(b, viewer);
		}
		if (answer instanceof Answers.Communities c) {
			return communities(c, viewer);
		}
		return answer;
	}

	static Answers.BrokersOrJob brokersOrJob(Answers.BrokersOrJob answer, Viewer viewer) {
		if (answer instanceof Answers.Brokers b) {
			return brokers(b, viewer);
		}
		return job((AnalyticsJobs.JobStatus) answer, viewer);
	}

	static AnalyticsJobs.JobStatus job(AnalyticsJobs.JobStatus job, Viewer viewer) {
		return new AnalyticsJobs.JobStatus(job.id(), job.kind(), job.params(), job.status(), job.progress(),
				job.submittedAt(), job.startedAt(), job.finishedAt(), of(job.result(), viewer), job.error());
	}

	static Answers.Brokers brokers(Answers.Brokers b, Viewer viewer) {
		if (viewer.seesEverything()) {
			return b;
		}
		List<Answers.Broker> brokers = b.brokers()
			.stream()
			.map(x -> new Answers.Broker(person(x.person(), viewer), x.betweenness()))
			.toList();
		List<Answers.PersonRef> points = b.articulationPoints().stream().map(p -> person(p, viewer)).toList();
		List<Answers.Bridge> bridges = b.bridges()
			.stream()
			.map(x -> new Answers.Bridge(person(x.a(), viewer), person(x.b(), viewer), x.strength()))
			.toList();
		return new Answers.Brokers(b.exact(), b.sampleSize(), b.seed(), b.people(), b.exactUpToWork(), b.sampleRule(),
				brokers, b.articulationPointCount(), points, b.bridgeCount(), bridges);
	}

	/**
	 * Communities: an anonymous broker keeps their count of external ties; an anonymous
	 * member is left out of {@code members} (the community's {@code size} still counts
	 * them).
	 */
	static Answers.Communities communities(Answers.Communities c, Viewer viewer) {
		if (viewer.seesEverything()) {
			return c;
		}
		List<Answers.Community> out = c.communities()
			.stream()
			.map(x -> new Answers.Community(x.id(), x.size(), x.topSpecialties(), x.topRegions(),
					x.brokers()
						.stream()
						.map(b -> shown(b.id(), viewer) ? b : new Answers.CommunityBroker(null, null, b.externalTies()))
						.toList(),
					(x.members() == null) ? null : x.members().stream().filter(id -> shown(id, viewer)).toList()))
			.toList();
		return new Answers.Communities(c.algorithm(), c.weighted(), c.modularity(), c.count(), out);
	}

	static Answers.IntroductionFunnel introductions(Answers.IntroductionFunnel f, Viewer viewer) {
		if (viewer.seesEverything()) {
			return f;
		}
		return new Answers.IntroductionFunnel(f.programme(), f.from(), f.to(), f.funnel(), f.acceptanceRate(),
				f.medianHoursToDecision(),
				f.byIntroducer()
					.stream()
					.map(i -> new Answers.IntroducerOutcome(person(i.person(), viewer), i.requests(), i.decided(),
							i.accepted(), i.acceptanceRate()))
					.toList(),
				f.byTieStrength(), f.mentorCapacity(), f.outcomes());
	}

	private static Answers.PersonRef person(Answers.PersonRef p, Viewer viewer) {
		return (p == null || shown(p.id(), viewer)) ? p : PRIVATE_MEMBER;
	}

	private static boolean shown(String id, Viewer viewer) {
		return id == null || viewer.disclosePerson(id).identified();
	}

}
