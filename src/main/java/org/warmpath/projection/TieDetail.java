package org.warmpath.projection;

import org.neo4j.driver.types.MapAccessor;

/**
 * How two people know each other, as a path step or a mutual connection explains it; held
 * in memory by {@link TieDetails}.
 *
 * @param context how they know each other (colleague, introduction, ...)
 * @param since since when, as Cypher's {@code toString(k.since)} writes it (an ISO date)
 * @param source where the tie came from (import, demo, api, introduction, linkedin)
 * @param strength the stored strength exactly as Neo4j holds it (the graph keeps a
 * float), or NaN when unknown
 * @param explanation how the strength was computed, for a tie its people rated
 * themselves; null for other ties (imported, introduced or edited by an admin)
 */
public record TieDetail(String context, String since, String source, double strength, TieExplanation explanation) {

	/** Nothing known about a tie. */
	public static final TieDetail EMPTY = new TieDetail(null, null, null, Double.NaN);

	/**
	 * Details without an explanation of the strength.
	 * @param context how they know each other
	 * @param since since when
	 * @param source where the tie came from
	 * @param strength the stored strength
	 */
	public TieDetail(String context, String since, String source, double strength) {
		this(context, since, source, strength, null);
	}

	/**
	 * The details in a row with the columns of {@code network/projection-ties}
	 * ({@code strength, context, since, source, explanation}): the one parsing of them,
	 * for the load and for the writes that read back what they committed.
	 * @param r the row
	 * @return the details
	 */
	static TieDetail of(MapAccessor r) {
		long explanation = r.containsKey("explanation") ? r.get("explanation").asLong(0) : 0;
		return new TieDetail(r.get("context").asString(null), r.get("since").asString(null),
				r.get("source").asString(null), r.get("strength").asDouble(), TieExplanation.unpack(explanation));
	}

}
