package org.warmpath.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.TransactionContext;
import org.warmpath.cypher.Cypher;

import org.springframework.stereotype.Component;

/**
 * The writing side of the change feed ({@link ChangeFeed} explains it): every write that
 * changes people or ties appends what it changed, in its own transaction, tagged with
 * this instance's origin so the instance can skip its own entries when it reads the feed.
 */
@Component
public class ChangeLog {

	private final String origin = UUID.randomUUID().toString();

	/** An entry: what changed, in the terms the projection applies. */
	public record Change(String kind, String a, String b, Boolean open) {

		static final String ADDED = "added";

		static final String TIES_ADDED = "ties-added";

		static final String CONSENT = "consent";

		static final String TIE_REMOVED = "tie-removed";

		static final String PERSON_REMOVED = "person-removed";

		/**
		 * Ties were added or re-rated and no person changed: other instances rebuild the
		 * projection but keep caches of people's attributes (the mentor catalogue).
		 */
		public static Change tiesAdded() {
			return new Change(TIES_ADDED, null, null, null);
		}

		/** People or ties were added or changed: other instances rebuild. */
		public static Change added() {
			return new Change(ADDED, null, null, null);
		}

		/** A person's consent to stand in the middle of paths is now {@code open}. */
		public static Change consent(String personId, boolean open) {
			return new Change(CONSENT, personId, null, open);
		}

		/** The tie between {@code a} and {@code b} was deleted. */
		public static Change tieRemoved(String a, String b) {
			return new Change(TIE_REMOVED, a, b, null);
		}

		/**
		 * A person was deleted or erased. The entry names nobody, so an erasure leaves no
		 * trace in the feed either; other instances rebuild instead of removing in place.
		 */
		public static Change personRemoved() {
			return new Change(PERSON_REMOVED, null, null, null);
		}

	}

	/**
	 * Appends an entry to the feed; call it as the last statement of the write
	 * transaction whose change it describes, so the entry commits (or rolls back) with
	 * it, and the counter's lock is held for as short a time as possible.
	 * @param tx the write transaction
	 * @param change what it changed
	 */
	public void record(TransactionContext tx, Change change) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("origin", this.origin);
		parameters.put("kind", change.kind());
		parameters.put("a", change.a());
		parameters.put("b", change.b());
		parameters.put("open", change.open());
		tx.run(Cypher.query("network/change-append"), parameters).consume();
	}

	/**
	 * Makes the entries that name a person name nobody, for the person's erasure: they
	 * keep their sequence numbers (no gap for other instances) and become
	 * {@code person-removed} entries, which an instance applies by a rebuild. Call it in
	 * the erasure's write transaction.
	 * @param tx the write transaction
	 * @param personId the erased person
	 */
	public void forget(TransactionContext tx, String personId) {
		tx.run(Cypher.query("network/changes-forget"), Map.of("id", personId)).consume();
	}

	/** This instance's tag on the entries it writes. */
	String origin() {
		return this.origin;
	}

}
