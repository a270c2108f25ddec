package org.warmpath.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@code KNOWS} tie as connections.csv and the People API describe it: the one shape
 * both write through {@link PersonWrites}.
 *
 * <p>
 * A tie is undirected; it is stored once per pair, from the smaller id to the larger. The
 * constructor normalises and validates; an invalid tie throws
 * {@link IllegalArgumentException} whose message is the reason shown to the user. Where
 * the tie came from is said by the write ({@link PersonWrites#upsertTies}), not the row.
 *
 * @param source one person's id
 * @param target the other person's id
 * @param strength in (0, 1]: 1 a close colleague, 0.1 a name remembered from a conference
 * @param context how they know each other, such as {@code colleague}
 * @param since when the tie started, or {@code null}
 */
public record TieRow(String source, String target, double strength, String context, LocalDate since) {

	/** Strength of a tie given without one. */
	public static final double DEFAULT_STRENGTH = 0.5;

	public TieRow {
		source = Text.clean(source);
		target = Text.clean(target);
		if (source == null) {
			throw new IllegalArgumentException("blank source");
		}
		if (target == null) {
			throw new IllegalArgumentException("blank target");
		}
		if (source.equals(target)) {
			throw new IllegalArgumentException("self-tie: '" + Text.shorten(source) + "' cannot know themselves");
		}
		if (!(strength > 0 && strength <= 1)) {
			throw new IllegalArgumentException("strength " + strength + " is outside (0, 1]");
		}
		context = Text.clean(context);
	}

	/**
	 * The unordered pair, for spotting the same tie twice in either direction.
	 * @return the two ids in canonical order, joined
	 */
	public String pairKey() {
		return pairKey(this.source, this.target);
	}

	/**
	 * The key of the pair of two people, whichever way round they are given.
	 * @param one a person's id
	 * @param other another's
	 * @return the same text for both orders
	 */
	public static String pairKey(String one, String other) {
		return (one.compareTo(other) < 0) ? one + '\u0000' + other : other + '\u0000' + one;
	}

	/**
	 * The lower of the two ids: a tie is stored from it ({@code (a)->(b)}).
	 * @return source or target, whichever sorts first
	 */
	String a() {
		return (this.source.compareTo(this.target) < 0) ? this.source : this.target;
	}

	/**
	 * The higher of the two ids.
	 * @return the other one than {@link #a()}
	 */
	String b() {
		return (this.source.compareTo(this.target) < 0) ? this.target : this.source;
	}

	/**
	 * The row as one of the {@code $rows} of {@code people/ties-upsert}, ends in
	 * canonical order.
	 */
	Map<String, Object> parameters() {
		Map<String, Object> row = new HashMap<>();
		row.put("a", a());
		row.put("b", b());
		row.put("strength", this.strength);
		row.put("context", this.context);
		row.put("since", this.since);
		return row;
	}

}
