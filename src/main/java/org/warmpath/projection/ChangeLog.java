package org.warmpath.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.types.MapAccessor;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.WriteTx;

import org.springframework.stereotype.Component;

/**
 * The writing side of the change feed ({@link ChangeFeed} explains it): every write that
 * changes people or ties appends what it changed, in its own transaction, tagged with
 * this instance's origin so the instance can skip its own entries when it reads the feed.
 */
@Component
public class ChangeLog {

	private static final ObjectMapper JSON = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final String origin = UUID.randomUUID().toString();

	/**
	 * An entry: what changed, in full, so that this instance and the others apply it to
	 * their projection in place ({@link Projection#apply}); only the kinds that say
	 * {@link #needsReload()} make them re-read Neo4j.
	 *
	 * @param kind what kind of change
	 * @param a the person (or a tie's one person)
	 * @param b a tie's other person
	 * @param open a person's consent to stand in the middle of paths
	 * @param strength a tie's strength
	 * @param tiesPrivate whether a person's connections are private
	 * @param card a person's card as the write committed it (person and attribute
	 * changes), or null when the change does not carry one
	 * @param detail a tie's details as the write committed them (tie changes), or null
	 */
	public record Change(String kind, String a, String b, Boolean open, Double strength, Boolean tiesPrivate,
			PersonCard card, TieDetail detail) {

		/**
		 * A change without a card or tie details.
		 * @param kind what kind of change
		 * @param a the person (or a tie's one person)
		 * @param b a tie's other person
		 * @param open a person's consent
		 * @param strength a tie's strength
		 * @param tiesPrivate whether a person's connections are private
		 */
		public Change(String kind, String a, String b, Boolean open, Double strength, Boolean tiesPrivate) {
			this(kind, a, b, open, strength, tiesPrivate, null, null);
		}

		static final String ADDED = "added";

		static final String TIES_ADDED = "ties-added";

		static final String TIES_IMPORTED = "ties-imported";

		static final String PERSON = "person";

		static final String TIE = "tie";

		static final String CONSENT = "consent";

		static final String VISIBILITY = "visibility";

		static final String ATTRIBUTES = "attributes";

		static final String TIE_REMOVED = "tie-removed";

		static final String PERSON_REMOVED = "person-removed";

		/**
		 * Ties were added or re-rated in bulk and no person changed: other instances
		 * re-read the projection but keep caches of people's attributes (the mentor
		 * catalogue).
		 */
		public static Change tiesAdded() {
			return new Change(TIES_ADDED, null, null, null, null, null);
		}

		/**
		 * As {@link #tiesAdded()}, written by a batch of the connection import running in
		 * this JVM on the embedded database ({@code people.TieImport}): the import's own
		 * batches leave these out of what they look at again.
		 */
		public static Change tiesImported() {
			return new Change(TIES_IMPORTED, null, null, null, null, null);
		}

		/** People or ties were added or changed in bulk: projections are re-read. */
		public static Change added() {
			return new Change(ADDED, null, null, null, null, null);
		}

		/** A person was added or changed: their consent and connection visibility now. */
		public static Change person(String personId, boolean open, boolean tiesPrivate) {
			return person(personId, open, tiesPrivate, null);
		}

		/**
		 * A person was added or changed: their consent, connection visibility and card
		 * now.
		 */
		public static Change person(String personId, boolean open, boolean tiesPrivate, PersonCard card) {
			return new Change(PERSON, personId, null, open, null, tiesPrivate, card, null);
		}

		/** The tie between {@code a} and {@code b} was added or re-rated. */
		public static Change tie(String a, String b, double strength) {
			return tie(a, b, strength, null);
		}

		/**
		 * The tie between {@code a} and {@code b} was added or re-rated, and how they
		 * know each other now.
		 */
		public static Change tie(String a, String b, double strength, TieDetail detail) {
			return new Change(TIE, a, b, null, strength, null, null, detail);
		}

		/** A person's consent to stand in the middle of paths is now {@code open}. */
		public static Change consent(String personId, boolean open) {
			return new Change(CONSENT, personId, null, open, null, null);
		}

		/** A person's connections are now private or not. */
		public static Change visibility(String personId, boolean tiesPrivate) {
			return new Change(VISIBILITY, personId, null, null, null, tiesPrivate);
		}

		/**
		 * Attributes that the projection does not hold changed (mentoring): nothing to
		 * apply to the graph, but caches of people's attributes are stale.
		 */
		public static Change attributes() {
			return new Change(ATTRIBUTES, null, null, null, null, null);
		}

		/**
		 * Attributes of a person that the graph does not hold changed (headline,
		 * mentoring): their card now, which the projection replaces in place.
		 * @param personId the person
		 * @param card their card as committed
		 */
		public static Change attributes(String personId, PersonCard card) {
			return new Change(ATTRIBUTES, personId, null, null, null, null, card, null);
		}

		/** The tie between {@code a} and {@code b} was deleted. */
		public static Change tieRemoved(String a, String b) {
			return new Change(TIE_REMOVED, a, b, null, null, null);
		}

		/**
		 * A person was deleted or erased. The entry names nobody, so an erasure leaves no
		 * trace in the feed either; other instances rebuild instead of removing in place.
		 */
		public static Change personRemoved() {
			return new Change(PERSON_REMOVED, null, null, null, null, null);
		}

		/**
		 * Whether applying this change needs the projection re-read from Neo4j: bulk
		 * changes and unnamed removals.
		 */
		public boolean needsReload() {
			return switch (this.kind) {
				case PERSON, TIE, CONSENT, VISIBILITY, ATTRIBUTES, TIE_REMOVED -> false;
				default -> true;
			};
		}

		/**
		 * Whether only ties (or consent) changed, so caches of people's attributes stay
		 * valid.
		 */
		public boolean tiesOnly() {
			return switch (this.kind) {
				case TIE, TIES_ADDED, TIES_IMPORTED, TIE_REMOVED, CONSENT -> true;
				default -> false;
			};
		}

		/**
		 * Applies this change to a graph, and the card or tie details it carries to
		 * theirs, in place; idempotent.
		 */
		void applyTo(KnowsGraph g, PersonCards cards, TieDetails ties) {
			applyTo(g);
			if (this.card != null && this.a != null) {
				int idx = g.indexOf(this.a);
				if (idx >= 0) {
					cards.set(idx, this.card);
				}
			}
			if (TIE.equals(this.kind) && this.detail != null) {
				int ia = g.indexOf(this.a);
				int ib = g.indexOf(this.b);
				int tie = (ia >= 0 && ib >= 0) ? g.tieBetween(ia, ib) : -1;
				if (tie >= 0) {
					ties.set(tie, this.detail);
				}
			}
		}

		/** Applies this change to a graph in place; idempotent. */
		void applyTo(KnowsGraph g) {
			switch (this.kind) {
				case PERSON ->
					g.putPerson(this.a, Boolean.TRUE.equals(this.open), Boolean.TRUE.equals(this.tiesPrivate));
				case TIE -> {
					int ia = g.indexOf(this.a);
					int ib = g.indexOf(this.b);
					if (ia >= 0 && ib >= 0 && this.strength != null && this.strength > 0 && this.strength <= 1) {
						g.putTie(ia, ib, this.strength);
					}
				}
				case CONSENT -> {
					int idx = g.indexOf(this.a);
					if (idx >= 0) {
						g.setOpen(idx, Boolean.TRUE.equals(this.open));
					}
				}
				case VISIBILITY -> {
					int idx = g.indexOf(this.a);
					if (idx >= 0) {
						g.setTiesPrivate(idx, Boolean.TRUE.equals(this.tiesPrivate));
					}
				}
				case TIE_REMOVED -> {
					int ia = g.indexOf(this.a);
					int ib = g.indexOf(this.b);
					if (ia >= 0 && ib >= 0) {
						g.removeTie(ia, ib);
					}
				}
				default -> {
					// nothing held in the graph (attributes), or applied by a reload
				}
			}
		}

	}

	/**
	 * Appends an entry to the feed; call it as the last statement of the write
	 * transaction whose change it describes, so the entry commits (or rolls back) with
	 * it, and the counter's lock is held for as short a time as possible.
	 * @param tx the write transaction
	 * @param change what it changed
	 */
	public void record(WriteTx tx, Change change) {
		record(tx, List.of(change));
	}

	/**
	 * Appends entries to the feed, numbered in order, in one statement; call it as
	 * {@link #record(WriteTx, Change)}.
	 * @param tx the write transaction
	 * @param changes what it changed
	 */
	public void record(WriteTx tx, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>(changes.size());
		for (Change change : changes) {
			Map<String, Object> row = new HashMap<>();
			row.put("kind", change.kind());
			row.put("a", change.a());
			row.put("b", change.b());
			row.put("open", change.open());
			row.put("strength", change.strength());
			row.put("tiesPrivate", change.tiesPrivate());
			row.put("card", json(change.card()));
			row.put("detail", json(change.detail()));
			rows.add(row);
		}
		tx.run(Cypher.query("network/change-append"), Map.of("origin", this.origin, "changes", rows));
	}

	/**
	 * Where the feed stands as this transaction sees it, without a lock.
	 * @param tx the write transaction
	 * @return the number of the last entry (0 for none)
	 */
	public long latest(WriteTx tx) {
		return tx.single(Cypher.query("network/change-latest"), Map.of()).get("seq").asLong();
	}

	/**
	 * What the entries numbered in {@code (after, upTo]} say about ties other writes
	 * created in that stretch.
	 *
	 * @param pairs the pairs of people tie entries named, each {@code a} then {@code b}
	 * @param bulk whether a bulk write of people or ties ({@link Change#added()},
	 * {@link Change#tiesAdded()}) or an entry pruned before it was read is among them,
	 * which names no pair: any tie may have been created
	 */
	public record TiesSince(List<List<String>> pairs, boolean bulk) {
	}

	/**
	 * The ties other writes committed after entry {@code after} and up to {@code upTo}.
	 * The connection import's own entries ({@link Change#tiesImported()}) are left out:
	 * one runs at a time and it never names a pair twice. Bulk writes, and entries pruned
	 * before they were read, name no pair: any tie may have been created.
	 * @param tx the write transaction
	 * @param after the last entry not to read
	 * @param upTo the last entry to read
	 * @return the pairs named, and whether a bulk write (or a pruned entry) was among the
	 * entries
	 */
	public TiesSince tiesAfter(WriteTx tx, long after, long upTo) {
		if (upTo <= after) {
			return new TiesSince(List.of(), false);
		}
		List<List<String>> pairs = new ArrayList<>();
		boolean bulk = false;
		for (MapAccessor r : tx.run(Cypher.query("network/change-pairs-after"), Map.of("after", after, "upTo", upTo))) {
			String kind = r.get("kind").asString(null);
			if (r.get("pruned").asBoolean() || Change.ADDED.equals(kind) || Change.TIES_ADDED.equals(kind)) {
				bulk = true;
			}
			else if (kind != null) {
				pairs.add(List.of(r.get("a").asString(), r.get("b").asString()));
			}
		}
		return new TiesSince(pairs, bulk);
	}

	/**
	 * What the projection holds of some people as the write transaction left them
	 * (consent, connection visibility and card), read in it: as changes that add or
	 * replace them, to record and publish.
	 * @param tx the write transaction
	 * @param ids the people
	 * @return one change per person found
	 */
	public List<Change> people(WriteTx tx, List<String> ids) {
		return tx.run(Cypher.query("people/projection-state"), Map.of("ids", ids))
			.stream()
			.map(r -> Change.person(r.get("id").asString(), r.get("open").asBoolean(), r.get("tiesPrivate").asBoolean(),
					PersonCard.of(r)))
			.toList();
	}

	/**
	 * The cards of some people as the write transaction left them, read in it: as
	 * attribute changes (headline, mentoring) to record and publish.
	 * @param tx the write transaction
	 * @param ids the people
	 * @return one change per person found
	 */
	public List<Change> cards(WriteTx tx, List<String> ids) {
		return tx.run(Cypher.query("people/projection-state"), Map.of("ids", ids))
			.stream()
			.map(r -> Change.attributes(r.get("id").asString(), PersonCard.of(r)))
			.toList();
	}

	/**
	 * Some ties as the write transaction left them (strength, context, since, source),
	 * read in it: as tie changes to record and publish.
	 * @param tx the write transaction
	 * @param pairs the ties, each a map with the ids {@code a} and {@code b}
	 * @return one change per tie found
	 */
	public List<Change> ties(WriteTx tx, List<Map<String, Object>> pairs) {
		return tieChanges(tx.run(Cypher.query("people/ties-state"), Map.of("pairs", pairs)));
	}

	/**
	 * Ties as a write left them, one map each with {@code a}, {@code b},
	 * {@code strength}, {@code context}, {@code since}, {@code source} and
	 * {@code explanation} (as {@code people/ties-state} reads them): as tie changes to
	 * record and publish. Lets a write whose statement returns its ties' state (the tie
	 * upsert) skip the statement that would read them back.
	 * @param ties the ties' state
	 * @return one change per tie
	 */
	public static List<Change> tieChanges(List<? extends MapAccessor> ties) {
		List<Change> changes = new ArrayList<>(ties.size());
		for (MapAccessor r : ties) {
			changes.add(Change.tie(r.get("a").asString(), r.get("b").asString(), r.get("strength").asDouble(),
					TieDetail.of(r)));
		}
		return changes;
	}

	/**
	 * A card or tie detail as stored in a feed entry: JSON text, since a Neo4j property
	 * holds no map; null for none.
	 */
	static String json(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A card or tie detail from a feed entry's JSON; null for none, or for text this
	 * version cannot read (then the entry applies without it).
	 */
	static <T> T fromJson(String text, Class<T> type) {
		if (text == null) {
			return null;
		}
		try {
			return JSON.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/**
	 * Makes the entries that name a person name nobody, for the person's erasure: they
	 * keep their sequence numbers (no gap for other instances) and become
	 * {@code person-removed} entries, which an instance applies by a rebuild. Call it in
	 * the erasure's write transaction.
	 * @param tx the write transaction
	 * @param personId the erased person
	 */
	public void forget(WriteTx tx, String personId) {
		tx.run(Cypher.query("network/changes-forget"), Map.of("id", personId));
	}

	/** This instance's tag on the entries it writes. */
	String origin() {
		return this.origin;
	}

}
