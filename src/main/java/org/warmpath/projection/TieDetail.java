package org.warmpath.projection;

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

}
