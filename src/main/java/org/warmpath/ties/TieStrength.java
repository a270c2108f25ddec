package org.warmpath.ties;

import org.warmpath.people.EvidenceKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The strength of a tie as a pure function of what its two sides said: their evidence
 * (its kinds, how long it lasted, how recent it is) and their closeness ratings. Pure and
 * documented so that every strength WarmPath computes can be explained by its parts
 * (docs/model.md, "Tie strength").
 *
 * <p>
 * Four parts, each in [0, 1]:
 * <ul>
 * <li>{@code evidence}: the distinct kinds of both sides combined as independent signs
 * (noisy-or): {@code 1 - prod(1 - weight(kind))}, 0 without evidence. Supervision and
 * mentoring weigh 0.6, working together 0.5, a conference 0.1 ({@link EvidenceKind}).
 * <li>{@code duration}: the longest item's years (since until its end, or today),
 * saturating: {@code 1 - exp(-years / 3)}; 0 when no item has a start date.
 * <li>{@code recency}: how long ago the most recent item ended (an item without an end
 * goes on), fading: {@code exp(-yearsAgo / 5)}; 0.5 when no item is dated.
 * <li>{@code ratings}: the mean closeness of the sides that rated (1..5), as
 * {@code (mean - 1) / 4}; the mean rather than the lower so that either side raising
 * their rating warms the tie.
 * </ul>
 * {@code strength = 0.05 + 0.95 * (0.45 ratings + 0.30 evidence + 0.10 duration + 0.15 recency)}
 * rounded to three decimals: in [0.05, 1], never 0 (every hop of a path must cost
 * something finite) and not decreasing in any part, so more evidence, a longer or more
 * recent history or a higher rating never makes a tie colder.
 */
public final class TieStrength {

	/** The floor: a tie both sides confirmed is never worth nothing. */
	public static final double FLOOR = 0.05;

	static final double W_RATINGS = 0.45;

	static final double W_EVIDENCE = 0.30;

	static final double W_DURATION = 0.10;

	static final double W_RECENCY = 0.15;

	private TieStrength() {
	}

	/**
	 * A strength and how it was computed.
	 *
	 * @param strength the tie's strength, in (0, 1]
	 * @param evidence the evidence part, in [0, 1]
	 * @param duration the duration part, in [0, 1)
	 * @param recency the recency part, in (0, 1]
	 * @param ratings the ratings part, in [0, 1]
	 * @param kinds the distinct evidence kinds of both sides
	 */
	public record Parts(double strength, double evidence, double duration, double recency, double ratings,
			List<String> kinds) {

	}

	/**
	 * The strength of a tie from both its sides.
	 * @param evidence the items of both sides
	 * @param closeness the ratings of the sides that rated (1..5; one or two)
	 * @param today the day to measure duration and recency from
	 * @return the strength and its parts
	 */
	public static Parts of(List<Evidence> evidence, List<Integer> closeness, LocalDate today) {
		Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
		double longest = 0;
		boolean dated = false;
		double mostRecentAgo = Double.MAX_VALUE;
		for (Evidence e : evidence) {
			kinds.add(e.kind());
			LocalDate end = (e.until() != null) ? e.until() : today;
			if (e.since() != null) {
				longest = Math.max(longest, years(e.since(), end));
			}
			if (e.since() != null || e.until() != null) {
				dated = true;
				mostRecentAgo = Math.min(mostRecentAgo, years(end, today));
			}
		}
		double miss = 1;
		for (EvidenceKind kind : kinds) {
			miss *= 1 - kind.weight();
		}
		double evidencePart = 1 - miss;
		double duration = 1 - Math.exp(-longest / 3);
		double recency = dated ? Math.exp(-mostRecentAgo / 5) : 0.5;
		double ratings = 0;
		if (!closeness.isEmpty()) {
			ratings = (closeness.stream().mapToInt(Integer::intValue).average().orElse(1) - 1) / 4;
		}
		double raw = W_RATINGS * ratings + W_EVIDENCE * evidencePart + W_DURATION * duration + W_RECENCY * recency;
		double strength = round3(FLOOR + (1 - FLOOR) * raw);
		return new Parts(Math.min(1, Math.max(FLOOR, strength)), round3(evidencePart), round3(duration),
				round3(recency), round3(ratings), kinds.stream().map(EvidenceKind::id).toList());
	}

	private static double years(LocalDate from, LocalDate to) {
		return Math.max(0, ChronoUnit.DAYS.between(from, to)) / 365.25;
	}

	static double round3(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
