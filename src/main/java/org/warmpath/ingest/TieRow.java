package org.warmpath.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@code KNOWS} tie as connections.csv and the People API describe it: the one shape
 * both write through {@link Imports#upsertTie(TieRow)}.
 *
 * <p>
 * A tie is undirected; it is stored once per pair, from the smaller id to the larger. The
 * constructor normalises and validates; an invalid tie throws
 * {@link IllegalArgumentException} whose message is the reason shown to the user.
 *
 * @param source one person's id
 * @param target the other person's id
 * @param strength in (0, 1]: 1 a close colleague, 0.1 a name remembered from a conference
 * @param context how they know each other, such as {@code colleague}
 * @param since when the tie started, or {@code null}
 * @param origin where the tie came from, stored as the relationship's {@code source};
 * {@code null} means {@link TieSource#API}
 */
public record TieRow(String source, String target, double strength, String context, LocalDate since, TieSource origin) {

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
		if (origin == null) {
			origin = TieSource.API;
		}
	}

	/** A tie from the People API. */
	public TieRow(String source, String target, double strength, String context, LocalDate since) {
		this(source, target, strength, context, since, TieSource.API);
	}

	/** The same tie from another origin. */
	public TieRow withOrigin(TieSource origin) {
		return new TieRow(this.source, this.target, this.strength, this.context, this.since, origin);
	}

	/** The unordered pair, for spotting the same tie twice in either direction. */
	String pairKey() {
		return (this.source.compareTo(this.target) < 0) ? this.source + '\u0000' + this.target
				: this.target + '\u0000' + this.source;
	}

	/**
	 * The row as the parameters of {@code ingest/ties-upsert}, ends in canonical order.
	 */
	Map<String, Object> parameters() {
		boolean ordered = this.source.compareTo(this.target) < 0;
		Map<String, Object> row = new HashMap<>();
		row.put("a", ordered ? this.source : this.target);
		row.put("b", ordered ? this.target : this.source);
		row.put("strength", this.strength);
		row.put("context", this.context);
		row.put("since", this.since);
		row.put("source", this.origin.value());
		return row;
	}

}
