package org.warmpath.analytics;

import java.time.Duration;
import java.time.OffsetDateTime;
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
 * introducer and per strength of the requester-introducer tie, time to decision, and
 * mentoring capacity used per programme. Reads Neo4j directly (introductions are not in
 * the projection); zeros when there are none.
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
		Map<String, Object> params = new HashMap<>();
		params.put("programme", programme);
		params.put("from", from);
		params.put("to", to);
		Map<String, Integer> funnel = new LinkedHashMap<>();
		for (String s : List.of("requested", "accepted", "declined", "completed", "expired", "withdrawn", "pending")) {
			funnel.put(s, 0);
		}
		Map<String, int[]> perIntroducer = new LinkedHashMap<>();
		Map<String, String> introducerNames = new HashMap<>();
		int[][] perBand = new int[BANDS.length][2];
		List<Double> decisionHours = new ArrayList<>();
		for (Record r : Cypher.read(this.driver, "analytics/introductions", params)) {
			String status = r.get("status").asString("REQUESTED");
			boolean accepted = ACCEPTED.contains(status)
					|| (!"DECLINED".equals(status) && !"REQUESTED".equals(status) && !r.get("decidedAt").isNull());
			boolean declined = "DECLINED".equals(status);
			funnel.merge("requested", 1, Integer::sum);
			if (accepted) {
				funnel.merge("accepted", 1, Integer::sum);
			}
			switch (status) {
				case "DECLINED" -> funnel.merge("declined", 1, Integer::sum);
				case "COMPLETED" -> funnel.merge("completed", 1, Integer::sum);
				case "EXPIRED" -> funnel.merge("expired", 1, Integer::sum);
				case "WITHDRAWN" -> funnel.merge("withdrawn", 1, Integer::sum);
				case "REQUESTED" -> funnel.merge("pending", 1, Integer::sum);
				default -> {
				}
			}
			String introducer = r.get("introducer").asString();
			introducerNames.put(introducer, r.get("introducerName").asString(null));
			int[] counts = perIntroducer.computeIfAbsent(introducer, k -> new int[3]);
			counts[0]++;
			if (accepted || declined) {
				counts[1] += accepted ? 1 : 0;
				counts[2]++;
			}
			if (!r.get("tieStrength").isNull() && (accepted || declined)) {
				int band = band(r.get("tieStrength").asDouble());
				perBand[band][0] += accepted ? 1 : 0;
				perBand[band][1]++;
			}
			Double hours = hoursBetween(r.get("requestedAt"), r.get("decidedAt"));
			if (hours != null) {
				decisionHours.add(hours);
			}
		}
		List<Answers.IntroducerOutcome> introducers = new ArrayList<>();
		perIntroducer.forEach((id, c) -> introducers.add(new Answers.IntroducerOutcome(
				new Answers.PersonRef(id, introducerNames.get(id)), c[0], c[2], c[1], rate(c[1], c[2]))));
		introducers.sort((a, b) -> Integer.compare(b.requests(), a.requests()));
		List<Answers.TieStrengthBand> bands = new ArrayList<>();
		for (int i = 0; i < BANDS.length; i++) {
			bands.add(new Answers.TieStrengthBand(((i == 0) ? 0.0 : BANDS[i - 1]) + "-" + BANDS[i], perBand[i][1],
					perBand[i][0], rate(perBand[i][0], perBand[i][1])));
		}
		int decided = funnel.get("accepted") + funnel.get("declined");
		decisionHours.sort(Double::compare);
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
				rate(funnel.get("accepted"), decided), median(decisionHours), introducers, bands, capacity);
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
				case "LOCAL_DATE_TIME" -> v.asLocalDateTime().atOffset(java.time.ZoneOffset.UTC);
				case "STRING" -> ZonedDateTime.parse(v.asString()).toOffsetDateTime();
				default -> null;
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
