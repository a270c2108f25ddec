package org.warmpath.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON shapes of the analytics API, in one place because other tools depend on their
 * field names (the issue lists them; fields may be added, never renamed).
 */
public final class Answers {

	private Answers() {
	}

	/** Any answer a background job can hold as its result. */
	@Schema(oneOf = { Summary.class, Brokers.class, Communities.class, Reach.class, ReachDistribution.class })
	public sealed interface Answer permits Summary, Brokers, Communities, ReachAnswer {

	}

	/**
	 * What {@code GET /api/analytics/reach} answers: reach from one person, or the
	 * distribution over everyone when no person is given.
	 */
	@Schema(oneOf = { Reach.class, ReachDistribution.class })
	public sealed interface ReachAnswer extends Answer permits Reach, ReachDistribution {

	}

	/**
	 * What {@code GET /api/analytics/brokers} answers: the brokers (200), or the job
	 * computing them on a large graph with nothing cached (202).
	 */
	public sealed interface BrokersOrJob permits Brokers, AnalyticsJobs.JobStatus {

	}

	/** A person in an answer: id and display name. */
	public record PersonRef(String id, String name) {
	}

	/** A name and how many people have it. */
	public record Count(String name, int count) {
	}

	/**
	 * Reach from one person.
	 *
	 * @param from the person
	 * @param maxHops the bound asked for
	 * @param byHop one entry per hop count
	 * @param total people reachable within maxHops
	 */
	public record Reach(String from, int maxHops, List<HopReach> byHop, long total) implements ReachAnswer {
	}

	/**
	 * People at exactly {@code hops} ties from the source.
	 *
	 * @param hops hop count
	 * @param people people first reached at this hop count
	 * @param cumulative people reachable within this many hops
	 * @param mentorsWithCapacity of {@code people}, those open to mentoring with capacity
	 * left
	 * @param bySpecialty people by specialty ("unknown" when none)
	 * @param byRegion people by region ("unknown" when none)
	 */
	public record HopReach(int hops, int people, long cumulative, int mentorsWithCapacity,
			Map<String, Integer> bySpecialty, Map<String, Integer> byRegion) {
	}

	/**
	 * Reach over everyone.
	 *
	 * @param from always null (the distribution is over all people)
	 * @param people live people in the network
	 * @param exact whether every person was a source
	 * @param sampleSize sources used
	 * @param seed seed of the sample (null when exact)
	 * @param within2 people reachable within 2 hops
	 * @param within3 people reachable within 3 hops
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record ReachDistribution(String from, int people, boolean exact, int sampleSize, Long seed,
			Percentiles within2, Percentiles within3) implements ReachAnswer {
	}

	/**
	 * Median, 90th percentile, mean and maximum of a sample (nearest-rank percentiles).
	 */
	public record Percentiles(double median, double p90, double mean, int max) {

		static Percentiles of(int[] values) {
			if (values.length == 0) {
				return new Percentiles(0, 0, 0, 0);
			}
			int[] v = values.clone();
			Arrays.sort(v);
			double median = (v.length % 2 == 1) ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
			int p90 = v[Math.max(0, (int) Math.ceil(0.9 * v.length) - 1)];
			return new Percentiles(median, p90, Arrays.stream(v).average().orElse(0), v[v.length - 1]);
		}

	}

	/** Betweenness of every person and how it was obtained (cached, not serialised). */
	public record Centrality(@JsonIgnore double[] values, boolean exact, Integer sampleSize, Long seed) {
	}

	/**
	 * Brokers, articulation points and bridges.
	 *
	 * @param exact whether every person was a BFS source
	 * @param sampleSize sources used when sampled (null when exact)
	 * @param seed seed of the sample
	 * @param people live people
	 * @param exactUpToWork betweenness is exact while people x ties is at most this
	 * @param brokers highest betweenness first (NetworkX normalisation)
	 * @param articulationPointCount how many people split the network if they left
	 * @param articulationPoints the first {@link NetworkAnalytics#MAX_CUTS_LISTED} of
	 * them
	 * @param bridgeCount how many ties split the network if they ended
	 * @param bridges the first {@link NetworkAnalytics#MAX_CUTS_LISTED} of them
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Brokers(boolean exact, Integer sampleSize, Long seed, int people, double exactUpToWork,
			String sampleRule, List<Broker> brokers, int articulationPointCount, List<PersonRef> articulationPoints,
			int bridgeCount, List<Bridge> bridges) implements Answer, BrokersOrJob {
	}

	/** A person and their betweenness. */
	public record Broker(PersonRef person, double betweenness) {
	}

	/** A tie whose loss splits the network. */
	public record Bridge(PersonRef a, PersonRef b, double strength) {
	}

	/**
	 * A partition into communities.
	 *
	 * @param algorithm "louvain"
	 * @param weighted whether tie strengths weigh the edges
	 * @param modularity Q of the partition
	 * @param count number of communities
	 * @param communities the largest ones, largest first
	 */
	public record Communities(String algorithm, boolean weighted, double modularity, int count,
			List<Community> communities) implements Answer {
	}

	/**
	 * One community.
	 *
	 * @param id rank by size (0 = largest), as in exports' {@code community:{n}}
	 * @param size members
	 * @param topSpecialties up to 3 most common specialties
	 * @param topRegions up to 3 most common regions
	 * @param brokers up to 3 members with the most ties to other communities
	 * @param members member ids, only when asked for
	 */
	public record Community(int id, int size, List<Count> topSpecialties, List<Count> topRegions,
			List<CommunityBroker> brokers, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> members) {
	}

	/** A member who links a community to others. */
	public record CommunityBroker(String id, String name, int externalTies) {
	}

	/**
	 * Network summary.
	 *
	 * @param people live people
	 * @param ties live ties
	 * @param components component sizes, largest first (at most 1,000 listed)
	 * @param componentCount number of components
	 * @param averageClustering mean local clustering, 0 for people with fewer than 2 ties
	 * @param degreeHistogram degree to number of people
	 * @param averageDistance estimated mean hops between connected people
	 * @param diameter estimated diameter (a lower bound unless exact)
	 * @param distancesExact whether every person was a BFS source
	 * @param distanceSources BFS sources used
	 */
	public record Summary(int people, long ties, int[] components, int componentCount, double averageClustering,
			Map<Integer, Integer> degreeHistogram, double averageDistance, int diameter, boolean distancesExact,
			int distanceSources) implements Answer {
	}

	/**
	 * Whether introductions work, over a window.
	 *
	 * @param programme only this programme's introductions (null: all)
	 * @param from requested at or after (null: no bound)
	 * @param to requested before (null: no bound)
	 * @param funnel introductions by outcome
	 * @param acceptanceRate accepted of decided (null when none was decided)
	 * @param medianHoursToDecision median hours from request to decision (null when none)
	 * @param byIntroducer per introducer, most requests first
	 * @param byTieStrength per band of requester-introducer tie strength
	 * @param mentorCapacity mentoring capacity used per programme
	 * @param outcomes what requesters answered afterwards
	 */
	public record IntroductionFunnel(String programme, String from, String to, Funnel funnel, Double acceptanceRate,
			Double medianHoursToDecision, List<IntroducerOutcome> byIntroducer, List<TieStrengthBand> byTieStrength,
			List<ProgrammeCapacity> mentorCapacity, Outcomes outcomes) {
	}

	/**
	 * What requesters answered when asked afterwards whether the introduction led
	 * anywhere (the Introduction's {@code outcome}); one bin each, so the four add up to
	 * the completed introductions plus any other that carries an outcome.
	 *
	 * @param met they met, mentoring has not started ({@code met})
	 * @param mentoringStarted they met and mentoring started ({@code mentoring-started})
	 * @param noMeeting they did not meet ({@code no-meeting})
	 * @param unanswered completed, no outcome recorded (yet)
	 */
	public record Outcomes(int met, int mentoringStarted, int noMeeting, int unanswered) {
	}

	/**
	 * One programme's introduction and mentoring funnels side by side.
	 *
	 * @param programme the programme
	 * @param from requested at or after (null: no bound)
	 * @param to requested before (null: no bound)
	 * @param introductions the programme's introductions in the window
	 * @param mentoring the programme's mentoring relationships asked for in the window
	 * @param capacity its mentors' capacity and how much active mentoring in the
	 * programme uses (now, whatever the window)
	 */
	public record ProgrammeFunnel(ProgrammeRef programme, String from, String to, ProgrammeIntroductions introductions,
			MentoringFunnel mentoring, Capacity capacity) {
	}

	/** A programme by id and name. */
	public record ProgrammeRef(String id, String name) {
	}

	/**
	 * A programme's introductions: the counts of {@link Funnel}, the acceptance rate and
	 * time to decision of {@link IntroductionFunnel}, and the outcomes.
	 */
	public record ProgrammeIntroductions(int requested, int accepted, int declined, int completed, int expired,
			int withdrawn, int pending, Double acceptanceRate, Double medianHoursToDecision, Outcomes outcomes) {
	}

	/**
	 * A programme's mentoring relationships by where they got to.
	 *
	 * @param requested every request (each relationship, imported ones included)
	 * @param pending still requested
	 * @param exploring in an exploratory conversation now
	 * @param accepted ever accepted (active or ended)
	 * @param active active now
	 * @param ended ended
	 * @param declined declined
	 * @param medianDaysToMatch median days from request to acceptance ({@code decidedAt},
	 * else {@code since}) of the accepted ones that have both dates; null when none
	 * @param mentors the programme's members with a mentoring capacity
	 * @param mentorsAtCapacity those of them with as many active mentees as their
	 * capacity
	 * @param shareAtCapacity mentorsAtCapacity of mentors (null when no mentors)
	 */
	public record MentoringFunnel(int requested, int pending, int exploring, int accepted, int active, int ended,
			int declined, Double medianDaysToMatch, int mentors, int mentorsAtCapacity, Double shareAtCapacity) {
	}

	/**
	 * A programme's mentoring capacity (the sum over its mentor members) and how much of
	 * it the programme's active mentoring relationships use.
	 */
	public record Capacity(long capacity, long used) {
	}

	/**
	 * Introductions by outcome ({@code accepted} counts every request the introducer said
	 * yes to, completed ones included; {@code pending} is still requested).
	 */
	public record Funnel(int requested, int accepted, int declined, int completed, int expired, int withdrawn,
			int pending) {
	}

	/**
	 * One introducer's record.
	 *
	 * @param person the introducer
	 * @param requests introductions asked of them
	 * @param decided of those, accepted or declined
	 * @param accepted of those, accepted
	 * @param acceptanceRate accepted of decided (null when none was decided)
	 */
	public record IntroducerOutcome(PersonRef person, int requests, int decided, int accepted, Double acceptanceRate) {
	}

	/**
	 * Decisions on introductions whose requester-introducer tie falls in a strength band.
	 *
	 * @param band "low-high" bounds of the strength
	 * @param decided accepted or declined
	 * @param accepted of those, accepted
	 * @param acceptanceRate accepted of decided (null when none was decided)
	 */
	public record TieStrengthBand(String band, int decided, int accepted, Double acceptanceRate) {
	}

	/**
	 * How much of a programme's mentoring capacity active mentoring uses.
	 *
	 * @param programme the programme's id
	 * @param name the programme's name
	 * @param capacity mentees its mentor members take, summed
	 * @param used active mentoring relationships in it
	 * @param share used of capacity (null when capacity is 0)
	 */
	public record ProgrammeCapacity(String programme, String name, long capacity, long used, Double share) {
	}

}
