package org.warmpath.projection;

import org.neo4j.driver.Record;

/**
 * How two people know each other, as a path step or a mutual connection explains it; held
 * in memory by {@link TieDetails}.
 *
 * @param context how they know each other (colleague, introduction, ...)
 * @param since since when, as Cypher's {@code toString(k.since)} writes it (an ISO date)
 * @param source where the tie came from (import, demo, api, introduction, linkedin)
 * @param strength the stored strength exactly as Neo4j holds it (the graph keeps a
 * float), or NaN when unknown
 */
public record TieDetail(String context, String since, String source, double strength) {

	/** Nothing known about a tie. */
	public static final TieDetail EMPTY = new TieDetail(null, null, null, Double.NaN);

	/**
	 * The details in a row with the columns of {@code network/projection-ties}
	 * ({@code strength, context, since, source}): the one parsing of them, for the load
	 * and for the writes that read back what they committed.
	 * @param r the row
	 * @return the details
	 */
	static TieDetail of(Record r) {
		return new TieDetail(r.get("context").asString(null), r.get("since").asString(null),
				r.get("source").asString(null), r.get("strength").asDouble());
	}

}
