package org.warmpath.people;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.cypher.Cypher;

/**
 * The import's new people and new ties written through the embedded database's core API
 * ({@code createNode}, {@code createRelationshipTo}, {@code setProperty}) instead of
 * Cypher, inside the batch's own transaction; what exists already (a changed person, a
 * re-rated tie) is left to the upserts, so every rule about updates (consent a member
 * set, fingerprints, relationships a row no longer names, explanations) stays in one
 * place, the Cypher.
 *
 * <p>
 * Why: on the embedded database an online import is bound by CPU, and Cypher's runtime
 * around the same records cost about as much as their commit. Measured on two cores at
 * 100k people / 1M ties, the core API writes 23,000-25,000 people/s and 58,000
 * connections/s on two threads against the upserts' 6,000-7,000 and 20,000-22,000
 * (docs/benchmarks.md, issue 13). A server or cluster has no core API: the upserts do all
 * of it there.
 *
 * <p>
 * What a new record gets is what the upserts' create branches give it: a person the
 * properties {@code people/upsert} sets (nulls not stored, integers as longs,
 * {@code createdAt} and {@code updatedAt} one UTC instant per batch), relationships to
 * the batch's shared nodes, merged once by {@code people/shared-nodes}; a tie one
 * {@code KNOWS} from the lower id to the higher with strength, context, since, source and
 * createdAt. Ties are created without locks; before it commits the batch makes sure no
 * other write created one of them meanwhile ({@link #keepOne}), so a tie is never
 * doubled. Two transactions creating the same person are told apart by the uniqueness
 * constraint at commit; the caller writes such a batch again through the upsert.
 * {@code BulkLoadTests} hold a store imported this way to one imported through the
 * upserts, node by node and relationship by relationship.
 *
 * <p>
 * Cost per row: one unique-index seek per person a batch names (once per batch); a tie's
 * check, where both people had a tie when the import began ({@link TieImport}), walks
 * both their {@code KNOWS} relationships in step, twice the smaller degree.
 */
final class CoreImport {

	private static final Logger log = LoggerFactory.getLogger(CoreImport.class);

	static final Label PERSON = Label.label("Person");

	private static final RelationshipType KNOWS = RelationshipType.withName("KNOWS");

	private static final RelationshipType REMOVED_TIE = RelationshipType.withName("REMOVED_TIE");

	private static final RelationshipType SPECIALISES_IN = RelationshipType.withName("SPECIALISES_IN");

	private static final RelationshipType BASED_IN = RelationshipType.withName("BASED_IN");

	private static final RelationshipType WORKS_AT = RelationshipType.withName("WORKS_AT");

	private static final RelationshipType HAS_SKILL = RelationshipType.withName("HAS_SKILL");

	private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");

	private CoreImport() {
	}

	/**
	 * Which rows name a person the graph does not have yet (as this transaction sees it).
	 * @param tx the batch's transaction
	 * @param rows the batch
	 * @return per row, whether it is new
	 */
	static boolean[] absent(Transaction tx, List<PersonRow> rows) {
		boolean[] absent = new boolean[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			absent[i] = tx.findNode(PERSON, "id", rows.get(i).id()) == null;
		}
		return absent;
	}

	/**
	 * Creates new people with their relationships.
	 * @param tx the batch's transaction
	 * @param parameters {@link PersonRow#batchParameters} of the new rows only
	 */
	@SuppressWarnings("unchecked")
	static void createPeople(Transaction tx, Map<String, Object> parameters) {
		Map<String, Object> shared = new HashMap<>(parameters);
		shared.remove("rows");
		List<Node> specialties;
		List<Node> regions;
		List<Node> organisations;
		List<Node> skills;
		List<Node> programmes;
		try (Result result = tx.execute(Cypher.query("people/shared-nodes"), shared)) {
			Map<String, Object> row = result.next();
			specialties = (List<Node>) row.get("specialties");
			regions = (List<Node>) row.get("regions");
			organisations = (List<Node>) row.get("organisations");
			skills = (List<Node>) row.get("skills");
			programmes = (List<Node>) row.get("programmes");
		}
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		for (Map<String, Object> row : (List<Map<String, Object>>) parameters.get("rows")) {
			Node p = tx.createNode(PERSON);
			p.setProperty("id", row.get("id"));
			p.setProperty("createdAt", now);
			for (String key : new String[] { "name", "headline", "grade", "seniority", "openToIntroductions",
					"openToMentoring", "mentorCapacity", "fingerprint" }) {
				Object value = row.get(key);
				if (value != null) {
					p.setProperty(key, (value instanceof Integer i) ? (Object) i.longValue() : value);
				}
			}
			p.setProperty("connectionVisibility", "connections");
			p.setProperty("updatedAt", now);
			link(p, (List<Integer>) row.get("specialtyAt"), specialties, SPECIALISES_IN);
			link(p, (List<Integer>) row.get("regionAt"), regions, BASED_IN);
			link(p, (List<Integer>) row.get("organisationAt"), organisations, WORKS_AT);
			link(p, (List<Integer>) row.get("skillsAt"), skills, HAS_SKILL);
			for (Map<String, Object> membership : (List<Map<String, Object>>) row.get("programmesAt")) {
				p.createRelationshipTo(programmes.get((Integer) membership.get("at")), MEMBER_OF)
					.setProperty("as", membership.get("as"));
			}
		}
	}

	private static void link(Node person, List<Integer> positions, List<Node> nodes, RelationshipType type) {
		for (Integer at : positions) {
			person.createRelationshipTo(nodes.get(at), type);
		}
	}

	/**
	 * What the core API did with a batch of ties.
	 *
	 * @param changed rows whose tie exists with other values: for the upsert to update
	 * @param found every row whose two people exist and whose tie was not kept removed
	 * (its {@code a} and {@code b}), as the upsert would list them
	 * @param made the ties created, in the batch's order
	 * @param madeRows the rows they were created from, in the same order
	 * @param unchanged ties that exist with the row's values
	 * @param keptRemoved rows left out because one of their people removed that tie
	 * @param unknown ids rows named that no person has (those rows are left out)
	 */
	record Ties(List<TieRow> changed, List<Map<String, Object>> found, List<Relationship> made, List<TieRow> madeRows,
			long unchanged, long keptRemoved, Set<String> unknown) {

		/** Ties created. */
		long created() {
			return this.made.size();
		}

	}

	/**
	 * The node ids of the people who have a tie, for {@link TieImport}: empty at once
	 * when the graph has no tie (the count store says so), else one pass over the people,
	 * each one's first {@code KNOWS} looked for. The pass costs about an eighth of a look
	 * for a tie per person (0.85 ms per 1,000 people against 7 ms per 1,000 looks at 100k
	 * people / 1M ties), so an import of fewer rows than an eighth of the people does
	 * without it.
	 * @param tx a transaction
	 * @param rowsAtMost how many rows the import can have at most
	 * @return the ids, or null when the import is to look for every tie (too few rows to
	 * pay for the pass, or a node id beyond a bit set's range)
	 */
	@SuppressWarnings("removal")
	static BitSet tiedPeople(Transaction tx, long rowsAtMost) {
		BitSet tied = new BitSet();
		try (Result result = tx.execute(Cypher.query("people/any-tie"))) {
			Map<String, Object> counts = result.next();
			if (((Number) counts.get("ties")).longValue() == 0) {
				return tied;
			}
			if (rowsAtMost < ((Number) counts.get("people")).longValue() / 8) {
				return null;
			}
		}
		long started = System.nanoTime();
		long seen = 0;
		try (ResourceIterator<Node> people = tx.findNodes(PERSON)) {
			while (people.hasNext()) {
				Node person = people.next();
				seen++;
				long id = person.getId();
				if (id > Integer.MAX_VALUE) {
					return null;
				}
				if (person.hasRelationship(Direction.BOTH, KNOWS)) {
					tied.set((int) id);
				}
			}
		}
		log.info("Connection import: {} of {} people have a tie (looked at in {} ms)", tied.cardinality(), seen,
				(System.nanoTime() - started) / 1_000_000);
		return tied;
	}

	/**
	 * Creates the batch's new ties; sorts the others into unchanged and changed, as
	 * {@code people/ties-upsert} does.
	 * @param tx the batch's transaction
	 * @param rows the batch
	 * @param origin where the ties come from ({@code import}, {@code demo}, {@code api}):
	 * stored on new ties; only {@code api} brings back a removed tie
	 * @param started the import the batch belongs to: a tie is looked for only where it
	 * may have existed when the import began ({@link TieImport#NONE}: everywhere)
	 * @return what was done and what is left for the upsert
	 */
	static Ties ties(Transaction tx, List<TieRow> rows, String origin, TieImport started) {
		List<TieRow> changed = new ArrayList<>();
		List<Map<String, Object>> found = new ArrayList<>(rows.size());
		List<Relationship> made = new ArrayList<>();
		List<TieRow> madeRows = new ArrayList<>();
		long unchanged = 0;
		long keptRemoved = 0;
		Set<String> unknown = new LinkedHashSet<>();
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		// a removed tie is looked for only where a member removed any (the count store
		// answers at once)
		boolean removedTies = !"api".equals(origin) && hasRemovedTies(tx);
		// a person named by several rows is looked up once (a file sorted by its first
		// column names each person in a run of rows); a missing one is looked up again
		Map<String, Node> people = new HashMap<>();
		for (TieRow row : rows) {
			String aId = row.a();
			String bId = row.b();
			Node a = people.computeIfAbsent(aId, (id) -> tx.findNode(PERSON, "id", id));
			Node b = people.computeIfAbsent(bId, (id) -> tx.findNode(PERSON, "id", id));
			if (a == null || b == null) {
				// the import rejects the row, naming them
				if (a == null) {
					unknown.add(aId);
				}
				if (b == null) {
					unknown.add(bId);
				}
				continue;
			}
			// a tie neither had when the import began is new, or another write's, which
			// the feed names (keepOne)
			Relationship old = started.mayHaveBeenTied(a, b) ? between(a, b, KNOWS, null) : null;
			if (old == null && removedTies && between(a, b, REMOVED_TIE, null) != null) {
				keptRemoved++;
				continue;
			}
			found.add(Map.of("a", aId, "b", bId));
			if (old == null) {
				Relationship k = a.createRelationshipTo(b, KNOWS);
				k.setProperty("createdAt", now);
				k.setProperty("source", origin);
				k.setProperty("strength", row.strength());
				if (row.context() != null) {
					k.setProperty("context", row.context());
				}
				if (row.since() != null) {
					k.setProperty("since", row.since());
				}
				made.add(k);
				madeRows.add(row);
			}
			else if (same(old, row)) {
				unchanged++;
			}
			else {
				changed.add(row);
			}
		}
		return new Ties(changed, found, made, madeRows, unchanged, keptRemoved, unknown);
	}

	/**
	 * The batch's new ties made safe against writes of the same ties by others.
	 * {@link #ties} looks for a tie and creates it without a lock of its own; creating a
	 * tie share-locks its two people until commit. Every other write that creates a tie
	 * write-locks both its people before it looks ({@code MERGE}, a member's tie write),
	 * so once the batch has created a tie such a write waits for the batch and then sees
	 * it. What is left is a write that got in between the batch's look and its creation
	 * (the creation waited for it to commit), or, where the batch did not look because
	 * neither person had a tie when the import began ({@link TieImport}), one that
	 * committed since the import began: either is in the change feed by the time this
	 * runs, naming its pair ({@code touched}). Each new tie of such a pair is looked at
	 * again; when another tie exists now this one is deleted and its row left for the
	 * upsert, which updates the tie that exists. (A member's own LinkedIn import creates
	 * ties without locking first, so it races every tie write, this one as it raced the
	 * upsert's {@code MERGE}.)
	 *
	 * <p>
	 * Why no locks of the batch's own: write-locking both people of every new tie (as
	 * {@code MERGE} does) made the import's two writers take turns, since every batch
	 * names people the other names; the import ran at 23,000 ties/s against about 33,000
	 * without (docs/benchmarks.md).
	 * @param ties what {@link #ties} did
	 * @param touched the pairs ({@link TieRow#pairKey} form) other writes named since the
	 * import (or the batch) began; null when a bulk write may have created any tie, so
	 * every new tie is looked at again
	 * @return the ties as they are now
	 */
	static Ties keepOne(Ties ties, Set<String> touched) {
		if (ties.made().isEmpty() || (touched != null && touched.isEmpty())) {
			return ties;
		}
		List<Relationship> made = new ArrayList<>(ties.made().size());
		List<TieRow> madeRows = new ArrayList<>(ties.made().size());
		List<TieRow> changed = new ArrayList<>(ties.changed());
		for (int i = 0; i < ties.made().size(); i++) {
			Relationship k = ties.made().get(i);
			TieRow row = ties.madeRows().get(i);
			if ((touched == null || touched.contains(row.pairKey()))
					&& between(k.getStartNode(), k.getEndNode(), KNOWS, k) != null) {
				k.delete();
				changed.add(row);
			}
			else {
				made.add(k);
				madeRows.add(row);
			}
		}
		return new Ties(changed, ties.found(), made, madeRows, ties.unchanged(), ties.keptRemoved(), ties.unknown());
	}

	private static boolean hasRemovedTies(Transaction tx) {
		try (Result result = tx.execute(Cypher.query("people/removed-ties-count"))) {
			return ((Number) result.next().get("removed")).longValue() > 0;
		}
	}

	/** As the upsert's {@code same}: strength, context and since as stored. */
	private static boolean same(Relationship old, TieRow row) {
		return old.getProperty("strength", null) instanceof Number strength && strength.doubleValue() == row.strength()
				&& Objects.equals(old.getProperty("context", ""), Objects.requireNonNullElse(row.context(), ""))
				&& Objects.toString(old.getProperty("since", null), "").equals(Objects.toString(row.since(), ""));
	}

	/**
	 * A relationship of a type between two nodes, either way, other than {@code other}
	 * (may be null). Walks both nodes' relationships of that type in step and stops when
	 * either runs out: a relationship between them is in both lists, so the walk costs
	 * twice the smaller degree, without asking for degrees (which on a node with few
	 * relationships walks its chain too).
	 */
	private static Relationship between(Node a, Node b, RelationshipType type, Relationship other) {
		try (ResourceIterable<Relationship> fromA = a.getRelationships(Direction.BOTH, type);
				ResourceIterable<Relationship> fromB = b.getRelationships(Direction.BOTH, type)) {
			Iterator<Relationship> ra = fromA.iterator();
			Iterator<Relationship> rb = fromB.iterator();
			while (ra.hasNext() && rb.hasNext()) {
				Relationship r = ra.next();
				if (r.getOtherNode(a).equals(b) && !r.equals(other)) {
					return r;
				}
				r = rb.next();
				if (r.getOtherNode(b).equals(a) && !r.equals(other)) {
					return r;
				}
			}
		}
		return null;
	}

}
