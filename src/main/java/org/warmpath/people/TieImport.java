package org.warmpath.people;

import java.util.BitSet;

import org.neo4j.graphdb.Node;

/**
 * A connection import under way on the embedded database: where the change feed stood
 * when it began, and which people had a tie then. From {@link People#startTieImport};
 * passed to every batch of that import
 * ({@link People#importTies(java.util.List, String, TieImport)}).
 *
 * <p>
 * Why: a file names each pair once (the import rejects a second row for a pair), so the
 * tie a row names can exist only if it existed when the import began or another write
 * created it since, and every such write is in the change feed after {@link #start} (its
 * entry names the pair, or it is a bulk write that names none). A batch therefore looks
 * for an existing tie only where both people had a tie when the import began; after
 * creating its ties it looks again at the pairs the feed has named since the import began
 * ({@code CoreImport.keepOne}). Looking for every tie (both people's {@code KNOWS} walked
 * in step) took 18% of the import's writer CPU; into a graph without ties the import
 * never looks (docs/benchmarks.md, issue 13).
 *
 * <p>
 * Cost: one pass over the people when the graph has any tie (each person's first
 * {@code KNOWS} looked for), one bit per node id. Read-only once made, so the import's
 * writer threads share it.
 */
public final class TieImport {

	/**
	 * No import context (a batch on its own, or a database without the core API): a batch
	 * looks for every tie and reads the feed from its own start.
	 */
	static final TieImport NONE = new TieImport(-1, null);

	private final long start;

	/**
	 * Node ids of the people who had a tie when the import began; null when not known
	 * (every pair may be tied).
	 */
	private final BitSet tied;

	TieImport(long start, BitSet tied) {
		this.start = start;
		this.tied = tied;
	}

	/** Whether this is an import's context (else {@link #NONE}). */
	boolean known() {
		return this.tied != null;
	}

	/** The last change-feed entry before the import began. */
	long start() {
		return this.start;
	}

	/**
	 * Whether {@code a} and {@code b} may have been tied when the import began: both had
	 * a tie then (a node id beyond the set's range counts as tied).
	 */
	boolean mayHaveBeenTied(Node a, Node b) {
		return this.tied == null || (hadTie(a) && hadTie(b));
	}

	@SuppressWarnings("removal")
	private boolean hadTie(Node person) {
		long id = person.getId();
		return id > Integer.MAX_VALUE || this.tied.get((int) id);
	}

}
