package org.warmpath.analytics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.warmpath.cypher.Cypher;

import org.springframework.stereotype.Service;

/**
 * Whether introductions work: the funnel of requests in a window, acceptance per
 * introducer and per strength of the requester-introducer tie, time to decision, what
 * requesters said afterwards, and mentoring capacity used per programme; per programme,
 * the mentoring funnel next to the introduction funnel. Reads Neo4j directly
 * (introductions are not in the projection); zeros when there are none.
 */
@Service
class IntroductionOutcomes {

	/** Statuses that mean the introducer said yes. */
	private static final Set<String> ACCEPTED = Set.of("ACCEPTED", "COMPLETED");

	/** Upper bounds of the tie-strength bands. */
	private static final double[] BANDS = { 0.25, 0.5, 0.75, 1.0 };

	private final Driver driver;

	IntroductionOutcomes(Driver driver) {
		this.driver = driver;
	}

	/**
	 * @param programme only this programme's introductions (null: all)
	 * @param from requested at or after (ISO date-time, null: no bound)
	 * @param to requested before (null: no bound)
	 * @return the outcomes
	 */
	public Answers.IntroductionFunnel outcomes(String programme, String from, String to) {
		Tally tally = tally(programme, null, from, to);
		Map<String, Integer> funnel = tally.funnel;
		List<Answers.IntroducerOutcome> introducers = new ArrayList<>();
		tally.perIntroducer.forEach((id, c) -> introducers.add(new Answers.IntroducerOutcome(
				new Answers.PersonRef(id, tally.introducerNames.get(id)), c[0], c[2], c[1], rate(c[1], c[2]))));
		introducers.sort((a, b) -> Integer.compare(b.requests(), a.requests()));
		List<Answers.TieStrengthBand> bands = new ArrayList<>();
		for (int i = 0; i < BANDS.length; i++) {
			bands.add(new Answers.TieStrengthBand(((i == 0) ? 0.0 : BANDS[i - 1]) + "-" + BANDS[i], tally.perBand[i][1],
					tally.perBand[i][0], rate(tally.perBand[i][0], tally.perBand[i][1])));
		}
		List<Answers.ProgrammeCapacity> capacity = Cypher
			.read(this.driver, "analytics/mentor-capacity", Map.of("programme", nullable(programme)))
			.stream()
			.map(r -> {
				long cap = r.get("capacity").asLong(0);
				long used = r.get("used").asLong(0);
				return new Answers.ProgrammeCapacity(r.get("programme").asString(null), r.get("name").asString(null),
						cap, used, (cap == 0) ? null : (double) used / cap);
			})
			.toList();
		return new Answers.IntroductionFunnel(programme, from, to,
				new Answers.Funnel(funnel.get("requested"), funnel.get("accepted"), funnel.get("declined"),
						funnel.get("completed"), funnel.get("expired"), funnel.get("withdrawn"), funnel.get("pending")),
				tally.acceptanceRate(), tally.medianHoursToDecision(), introducers, bands, capacity, tally.outcomes());
	}

	/**
	 * The programmes, or one: all (null) or the one with this id (empty when unknown).
	 * @param programme the programme's id, or null
	 * @return the programmes by name
	 */
	public List<Answers.ProgrammeRef> programmes(String programme) {
		return Cypher.read(this.driver, "analytics/programmes", Map.of("programme", nullable(programme)))
			.stream()
			.map(r -> new Answers.ProgrammeRef(r.get("id").asString(), r.get("name").asString(null)))
			.toList();
	}

	/**
	 * One programme's introduction and mentoring funnels over a window, and its capacity
	 * now. Relationships and introductions that stored the programme's name rather than
	 * its id (imports before migration V0008) count too.
	 * @param programme the programme
	 * @param from requested at or after (ISO date-time, null: no bound)
	 * @param to requested before (null: no bound)
	 * @return the funnels
	 */
	public Answers.ProgrammeFunnel programmeFunnel(Answers.ProgrammeRef programme, String from, String to) {
		Tally tally = tally(programme.id(), programme.name(), from, to);
		Map<String, Integer> f = tally.funnel;
		Answers.ProgrammeIntroductions introductions = new Answers.ProgrammeIntroductions(f.get("requested"),
				f.get("accepted"), f.get("declined"), f.get("completed"), f.get("expired"), f.get("withdrawn"),
				f.get("pending"), tally.acceptanceRate(), tally.medianHoursToDecision(), tally.outcomes());
		Map<String, Object> params = new HashMap<>();
		params.put("programme", programme.id());
		params.put("programmeName", programme.name());
		params.put("from", from);
		params.put("to", to);
		int requested = 0;
		Map<String, Integer> byStatus = new HashMap<>();
		List<Double> daysToMatch = new ArrayList<>();
		for (Record r : Cypher.read(this.driver, "analytics/programme-mentoring", params)) {
			requested++;
			String status = r.get("status").asString("");
			byStatus.merge(status, 1, Integer::sum);
			if (MATCHED.contains(status)) {
				OffsetDateTime asked = time(r.get("requestedAt"));
				OffsetDateTime matched = time(r.get("decidedAt"));
				if (matched == null && !r.get("since").isNull()) {
					matched = r.get("since").asLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
				}
				if (asked != null && matched != null) {
					daysToMatch.add(Duration.between(asked, matched).toSeconds() / 86400.0);
				}
			}
		}
		daysToMatch.sort(Double::compare);
		Record mentors = Cypher.read(this.driver, "analytics/programme-mentors", Map.of("programme", programme.id()))
			.get(0);
		int mentorCount = mentors.get("mentors").asInt(0);
		int atCapacity = mentors.get("atCapacity").asInt(0);
		Answers.MentoringFunnel mentoring = new Answers.MentoringFunnel(requested,
				byStatus.getOrDefault("REQUESTED", 0), byStatus.getOrDefault("EXPLORING", 0),
				byStatus.getOrDefault("ACTIVE", 0) + byStatus.getOrDefault("ENDED", 0),
				byStatus.getOrDefault("ACTIVE", 0), byStatus.getOrDefault("ENDED", 0),
				byStatus.getOrDefault("DECLINED", 0), median(daysToMatch), mentorCount, atCapacity,
				(mentorCount == 0) ? null : (double) atCapacity / mentorCount);
		Answers.Capacity capacity = Cypher
			.read(this.driver, "analytics/mentor-capacity", Map.of("programme", programme.id()))
			.stream()
			.findFirst()
			.map(r -> new Answers.Capacity(r.get("capacity").asLong(0), r.get("used").asLong(0)))
			.orElse(new Answers.Capacity(0, 0));
		return new Answers.ProgrammeFunnel(programme, from, to, introductions, mentoring, capacity);
	}

	/** Mentoring statuses that mean the mentor accepted. */
	private static final Set<String> MATCHED = Set.of("ACTIVE", "ENDED");

	private Tally tally(String programme, String programmeName, String from, String to) {
		Map<String, Object> params = new HashMap<>();
		params.put("programme", programme);
		params.put("programmeName", programmeName);
		params.put("from", from);
		params.put("to", to);
		Tally tally = new Tally();
		for (Record r : Cypher.read(this.driver, "analytics/introductions", params)) {
			tally.add(r);
		}
		tally.decisionHours.sort(Double::compare);
		return tally;
	}

	/** The introductions of a window counted by status, introducer, tie and outcome. */
	private static final class Tally {

		final Map<String, Integer> funnel = new LinkedHashMap<>();

		final Map<String, int[]> perIntroducer = new LinkedHashMap<>();

		final Map<String, String> introducerNames = new HashMap<>();

		final int[][] perBand = new int[BANDS.length][2];

		final List<Double> decisionHours = new ArrayList<>();

		/** met, mentoring-started, no-meeting, completed without an outcome. */
		final int[] outcomes = new int[4];

		Tally() {
			for (String s : List.of("requested", "accepted", "declined", "completed", "expired", "withdrawn",
					"pending")) {
				this.funnel.put(s, 0);
			}
		}

		void add(Record r) {
			String status = r.get("status").asString("REQUESTED");
			boolean accepted = ACCEPTED.contains(status)
					|| (!"DECLINED".equals(status) && !"REQUESTED".equals(status) && !r.get("decidedAt").isNull());
			boolean declined = "DECLINED".equals(status);
			this.funnel.merge("requested", 1, Integer::sum);
			if (accepted) {
				this.funnel.merge("accepted", 1, Integer::sum);
			}
			switch (status) {
				case "DECLINED" -> this.funnel.merge("declined", 1, Integer::sum);
				case "COMPLETED" -> this.funnel.merge("completed", 1, Integer::sum);
				case "EXPIRED" -> this.funnel.merge("expired", 1, Integer::sum);
				case "WITHDRAWN" -> this.funnel.merge("withdrawn", 1, Integer::sum);
				case "REQUESTED" -> this.funnel.merge("pending", 1, Integer::sum);
				default -> {
				}
			}
			switch (r.get("outcome").asString("")) {
				case "met" -> this.outcomes[0]++;
				case "mentoring-started" -> this.outcomes[1]++;
				case "no-meeting" -> this.outcomes[2]++;
				default -> {
					if ("COMPLETED".equals(status)) {
						this.outcomes[3]++;
					}
				}
			}
			String introducer = r.get("introducer").asString();
			this.introducerNames.put(introducer, r.get("introducerName").asString(null));
			int[] counts = this.perIntroducer.computeIfAbsent(introducer, k -> new int[3]);
			counts[0]++;
			if (accepted || declined) {
				counts[1] += accepted ? 1 : 0;
				counts[2]++;
			}
			if (!r.get("tieStrength").isNull() && (accepted || declined)) {
				int band = band(r.get("tieStrength").asDouble());
				this.perBand[band][0] += accepted ? 1 : 0;
				this.perBand[band][1]++;
			}
			Double hours = hoursBetween(r.get("requestedAt"), r.get("decidedAt"));
			if (hours != null) {
				this.decisionHours.add(hours);
			}
		}

		Double acceptanceRate() {
			return rate(this.funnel.get("accepted"), this.funnel.get("accepted") + this.funnel.get("declined"));
		}

		Double medianHoursToDecision() {
			return median(this.decisionHours);
		}

		Answers.Outcomes outcomes() {
			return new Answers.Outcomes(this.outcomes[0], this.outcomes[1], this.outcomes[2], this.outcomes[3]);
		}

	}

	private static Double rate(int accepted, int decided) {
		return (decided == 0) ? null : (double) accepted / decided;
	}

	private static Object nullable(String s) {
		return (s == null) ? org.neo4j.driver.Values.NULL : s;
	}

	static int band(double strength) {
		for (int i = 0; i < BANDS.length; i++) {
			if (strength <= BANDS[i]) {
				return i;
			}
		}
		return BANDS.length - 1;
	}

	private static Double median(List<Double> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int k = sorted.size();
		return (k % 2 == 1) ? sorted.get(k / 2) : (sorted.get(k / 2 - 1) + sorted.get(k / 2)) / 2;
	}

	private static Double hoursBetween(Value a, Value b) {
		OffsetDateTime x = time(a);
		OffsetDateTime y = time(b);
		return (x == null || y == null) ? null : Duration.between(x, y).toSeconds() / 3600.0;
	}

	private static OffsetDateTime time(Value v) {
		if (v == null || v.isNull()) {
			return null;
		}
		try {
			return switch (v.type().name()) {
				case "DATE_TIME" -> v.asZonedDateTime().toOffsetDateTime();
				case "LOCAL_DATE_TIME" -> v.asLocalDateTime().atOffset(ZoneOffset.UTC);
				case "STRING" -> ZonedDateTime.parse(v.asString()).toOffsetDateTime();
				default -> null;
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
