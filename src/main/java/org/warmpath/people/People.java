package org.warmpath.people;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Reads;
import org.warmpath.cypher.WriteTx;
import org.warmpath.cypher.Writes;
import org.warmpath.problems.Problems;
import org.warmpath.projection.ChangeLog.Change;
import org.warmpath.projection.ChangeLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Whether people exist, and the one write path for people and their ties: the import
 * pipeline writes its batches here, and {@link PersonWrites} its single admin edits as
 * batches of one.
 *
 * <p>
 * A batch is one transaction ({@code UNWIND $rows}, retried on transient failures) that
 * also appends to the change log. Telling listeners
 * ({@link org.warmpath.projection.GraphChanged}) is left to the caller: once per import,
 * at once for an admin edit. Needs nothing but the driver, so the import can run without
 * the rest of the app (command line, tests).
 */
@Service
public class People {

	/**
	 * Largest batch whose changes are recorded in full (one feed entry per row) and
	 * applied in place; a larger one asks for a re-read of the projection.
	 */
	static final int IN_PLACE_MAX = 1000;

	/** A batch's transaction timeout. */
	private static final Duration BATCH = Duration.ofMinutes(2);

	private final Driver driver;

	private final Writes writes;

	private final Reads reads;

	private final ChangeLog changes;

	/**
	 * Reads and writes through {@code driver} (the command line, tools and tests that run
	 * without the app).
	 * @param driver the application's driver
	 * @param changes the change log every write appends to
	 */
	public People(Driver driver, ChangeLog changes) {
		this(driver, Writes.through(driver), changes);
	}

	/**
	 * Reads through {@code driver}, writes through {@code writes} (the embedded
	 * database's own transactions when the app runs one).
	 * @param driver the application's driver
	 * @param writes how the app writes
	 * @param changes the change log every write appends to
	 */
	public People(Driver driver, Writes writes, ChangeLog changes) {
		this(driver, writes, Reads.through(driver), changes);
	}

	/**
	 * As above, with the import's checks for unknown people read through {@code reads}
	 * (the embedded database's own transactions when the app runs one: no Bolt round trip
	 * per batch).
	 * @param driver the application's driver
	 * @param writes how the app writes
	 * @param reads how the app reads
	 * @param changes the change log every write appends to
	 */
	@Autowired
	public People(Driver driver, Writes writes, Reads reads, ChangeLog changes) {
		this.driver = driver;
		this.writes = writes;
		this.reads = reads;
		this.changes = changes;
	}

	/**
	 * Whether a person with this id exists. A check that must hold until a write commits
	 * runs the same query, {@code people/exists}, inside that write's transaction.
	 * @param id the person, may be {@code null}
	 * @return whether the graph has them
	 */
	public boolean exists(String id) {
		return id != null
				&& Cypher.read(this.driver, "people/exists", Map.of("id", id)).get(0).get("found").asBoolean();
	}

	/**
	 * Fails unless a person with this id exists.
	 * @param id the person
	 * @throws org.springframework.web.ErrorResponseException 404 (a {@code person}
	 * problem) when there is no such person
	 */
	public void requireExists(String id) {
		if (!exists(id)) {
			throw Problems.notFound("person", String.valueOf(id));
		}
	}

	/**
	 * The ids no person has, so a batch that refers to people is checked at once.
	 * @param ids person ids
	 * @return those of {@code ids} that are not in the graph
	 */
	public Set<String> missing(Collection<String> ids) {
		return ids(this.reads.read("people/missing", Map.of("ids", List.copyOf(ids))));
	}

	/**
	 * Creates or updates a batch of people in one transaction, as an import does; a row
	 * identical to the stored person is counted unchanged and not rewritten. The
	 * {@code openToIntroductions} and {@code connectionVisibility} of a person who set
	 * them themselves ({@code consentSetBy}, {@code visibilitySetBy} 'self') are kept
	 * whatever the row says, and the counts name the people whose row asked otherwise.
	 * @param rows the people
	 * @return what the batch did
	 */
	public UpsertCounts upsertPeople(List<PersonRow> rows) {
		return upsertPeople(rows, false);
	}

	/**
	 * As {@link #upsertPeople(List)}; {@code adminMayClose} lets a row close a person who
	 * opened themselves (an admin's edit), never open one.
	 */
	UpsertCounts upsertPeople(List<PersonRow> rows, boolean adminMayClose) {
		return upsertPeople(rows, adminMayClose, false);
	}

	/**
	 * As {@link #upsertPeople(List, boolean)}; with {@code refuseKept} (an admin's edit
	 * that sends {@code openToIntroductions} explicitly) a row that would have to keep a
	 * member's own consent against what it asks writes nothing at all and is answered 409
	 * {@code consent-owned-by-member}: the admin asked to open someone who closed
	 * themselves, and quietly applying the rest of the edit would tell them it worked.
	 * The check reads in the write's own transaction, so no write of the member's can
	 * slip between.
	 */
	UpsertCounts upsertPeople(List<PersonRow> rows, boolean adminMayClose, boolean refuseKept) {
		Map<String, Object> params = PersonRow.batchParameters(rows);
		params.put("adminMayClose", adminMayClose);
		return write("people/upsert", Change.added(), rows.size(), params, (tx) -> {
		}, (kept) -> {
			if (refuseKept && !kept.isEmpty()) {
				throw Problems.exception(HttpStatus.CONFLICT, "consent-owned-by-member", "Consent owned by member",
						"'" + kept.get(0) + "' closed themselves to introductions; only they can open themselves "
								+ "again (an admin may close, never open, someone). Nothing was changed.",
						Map.of("field", "openToIntroductions"));
			}
		}, (tx, list, result) -> {
			// what the projection holds of them, as committed (a consent they set
			// themselves kept), their cards included
			return this.changes.people(tx, list.stream().map(row -> (String) row.get("id")).toList());
		});
	}

	/**
	 * Writes one member's own profile: {@code first} runs at the start of the same
	 * transaction (the member's settings and consent, which must commit or fail with the
	 * row), then the row is written as {@link #upsertPeople(List)} writes it, keeping a
	 * consent the member set themselves, and read back with its card for the projection.
	 * @param row the person as they will be
	 * @param first the other writes of the same change
	 * @return what the write did; its {@code changes} carry the committed card
	 */
	public UpsertCounts upsertOwn(PersonRow row, Consumer<WriteTx> first) {
		Map<String, Object> params = PersonRow.batchParameters(List.of(row));
		params.put("adminMayClose", false);
		return write("people/upsert", Change.added(), 1, params, first::accept, (kept) -> {
		}, (tx, list, result) -> this.changes.people(tx, List.of(row.id())));
	}

	/**
	 * Creates or updates a batch of ties between existing people in one transaction (one
	 * stored relationship per pair); a row naming an unknown person writes nothing, so
	 * callers check first ({@link #missing}).
	 * @param rows the ties
	 * @param origin stored on new ties as their {@code source}, such as {@code import}
	 * @return what the batch did
	 */
	public UpsertCounts upsertTies(List<TieRow> rows, String origin) {
		return this.writes.execute(BATCH, tx -> upsertTies(tx, rows, origin));
	}

	/**
	 * The tie upsert on a batch in {@code tx}, recorded. For a batch small enough to
	 * apply in place the upsert returns each tie as it left it (with what explains it; a
	 * re-rated tie keeps its source): a tie write made a second statement to read them
	 * back (issue 13).
	 */
	private UpsertCounts upsertTies(WriteTx tx, List<TieRow> rows, String origin) {
		boolean inPlace = rows.size() <= IN_PLACE_MAX;
		Said said = tiesStatement(tx, rows, origin, inPlace);
		return recorded(tx, Change.tiesAdded(), inPlace, said,
				() -> ChangeLog.tieChanges(said.row().get("ties").asList((v) -> v)));
	}

	/**
	 * Writes an import's batch of people: as {@link #upsertPeople(List)}, but on the
	 * embedded database the people the graph does not have yet are created through its
	 * core API ({@link CoreImport}), several times cheaper than the upsert's runtime;
	 * those it has go through the upsert. A batch one of whose new people another
	 * transaction created meanwhile (the uniqueness constraint says so) is written again
	 * through the upsert alone.
	 * @param rows the people
	 * @return what the batch did
	 */
	public UpsertCounts importPeople(List<PersonRow> rows) {
		return importPeople(rows, () -> {
		});
	}

	/**
	 * As {@link #importPeople(List)}, running {@code meanwhile} between the look for
	 * existing people and the creation of the new ones (tests: another write gets in).
	 */
	UpsertCounts importPeople(List<PersonRow> rows, Runnable meanwhile) {
		try {
			return this.writes.execute(BATCH, tx -> importPeople(tx, rows, meanwhile));
		}
		catch (RuntimeException ex) {
			if (!isConstraintViolation(ex)) {
				throw ex;
			}
			return upsertPeople(rows);
		}
	}

	private UpsertCounts importPeople(WriteTx tx, List<PersonRow> rows, Runnable meanwhile) {
		List<PersonRow> existing = rows;
		List<PersonRow> fresh = List.of();
		if (tx.core().isPresent()) {
			boolean[] absent = CoreImport.absent(tx.core().get(), rows);
			existing = new ArrayList<>();
			fresh = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				(absent[i] ? fresh : existing).add(rows.get(i));
			}
		}
		Said said = Said.NOTHING;
		if (!existing.isEmpty()) {
			Map<String, Object> params = PersonRow.batchParameters(existing);
			params.put("adminMayClose", false);
			said = Said.of(tx.single(Cypher.query("people/upsert"), params), existing.size());
		}
		meanwhile.run();
		if (!fresh.isEmpty()) {
			CoreImport.createPeople(tx.core().get(), PersonRow.batchParameters(fresh));
			said = said.plus(new Said(fresh.size(), 0, 0, List.of(), 0, null));
		}
		List<String> ids = rows.stream().map(PersonRow::id).toList();
		return recorded(tx, Change.added(), rows.size() <= IN_PLACE_MAX, said, () -> this.changes.people(tx, ids));
	}

	/**
	 * Starts a connection import: where the change feed stands and, on the embedded
	 * database, which people have a tie now ({@link TieImport}). Only one import that
	 * uses it may run at a time (its batches' feed entries,
	 * {@link Change#tiesImported()}, are left out of what later batches look at again):
	 * {@code Imports} runs connection imports one at a time.
	 * @param rowsAtMost how many rows the import can have at most: an import far smaller
	 * than the graph looks for every tie instead of passing over every person first
	 * ({@link TieImport#NONE})
	 * @return what the import's batches pass to
	 * {@link #importTies(List, String, TieImport)}
	 */
	public TieImport startTieImport(long rowsAtMost) {
		return this.writes.execute(BATCH, tx -> {
			if (tx.core().isEmpty()) {
				return TieImport.NONE;
			}
			// the feed first: a write that commits after this is in the feed after start,
			// one that committed before is in what the pass below reads
			long start = this.changes.latest(tx);
			BitSet tied = CoreImport.tiedPeople(tx.core().get(), rowsAtMost);
			return (tied != null) ? new TieImport(start, tied) : TieImport.NONE;
		});
	}

	/**
	 * Writes a batch of ties on its own: as {@link #importTies(List, String, TieImport)}
	 * outside an import, every tie looked for.
	 * @param rows the ties
	 * @param origin stored on new ties as their {@code source}, such as {@code import}
	 * @return what the batch did
	 */
	public UpsertCounts importTies(List<TieRow> rows, String origin) {
		return importTies(rows, origin, TieImport.NONE);
	}

	/**
	 * Writes an import's batch of ties: as {@link #upsertTies(List, String)}, but on the
	 * embedded database new ties are created, and unchanged ones told apart, through its
	 * core API ({@link CoreImport}); only ties that exist with other values go through
	 * the upsert. A row naming a person the graph does not have is not written; the
	 * counts name such people ({@link UpsertCounts#unknown()}), looked up in the batch's
	 * own transaction, so the import need not look for them first.
	 * @param rows the ties
	 * @param origin stored on new ties as their {@code source}, such as {@code import}
	 * @param started the import the batch belongs to ({@link #startTieImport(long)})
	 * @return what the batch did
	 */
	public UpsertCounts importTies(List<TieRow> rows, String origin, TieImport started) {
		boolean inPlace = rows.size() <= IN_PLACE_MAX;
		return this.writes.execute(BATCH, tx -> {
			if (tx.core().isEmpty()) {
				return knownTies(tx, rows, origin);
			}
			long before = started.known() ? started.start() : this.changes.latest(tx);
			CoreImport.Ties made = CoreImport.ties(tx.core().get(), rows, origin, started);
			CoreImport.Ties done = made;
			if (made.created() > 0) {
				// a write that created one of these ties since the import (or batch)
				// began has committed: before that start, or before the batch created
				// the tie (creating it share-locks its people, such a write holds them
				// exclusively). Its entry is in the feed.
				ChangeLog.TiesSince since = this.changes.tiesAfter(tx, before, this.changes.latest(tx));
				Set<String> touched = new HashSet<>();
				for (List<String> pair : since.pairs()) {
					touched.add(TieRow.pairKey(pair.get(0), pair.get(1)));
				}
				done = CoreImport.keepOne(made, since.bulk() ? null : touched);
			}
			List<Map<String, Object>> found = done.found();
			Said said = new Said(done.created(), 0, done.unchanged(), List.of(), done.keptRemoved(), null);
			if (!done.changed().isEmpty()) {
				said = said.plus(tiesStatement(tx, done.changed(), origin, false));
			}
			return recorded(tx, started.known() ? Change.tiesImported() : Change.tiesAdded(), inPlace, said,
					() -> this.changes.ties(tx, found))
				.withUnknown(List.copyOf(done.unknown()));
		});
	}

	/**
	 * The tie upsert on the rows whose two people exist, looked up in the write's own
	 * transaction; the others are named in the counts ({@link UpsertCounts#unknown()}).
	 */
	private UpsertCounts knownTies(WriteTx tx, List<TieRow> rows, String origin) {
		Set<String> ids = new LinkedHashSet<>();
		for (TieRow row : rows) {
			ids.add(row.a());
			ids.add(row.b());
		}
		Set<String> unknown = ids(tx.run(Cypher.query("people/missing"), Map.of("ids", List.copyOf(ids))));
		if (unknown.isEmpty()) {
			return upsertTies(tx, rows, origin);
		}
		List<TieRow> known = rows.stream().filter((r) -> !unknown.contains(r.a()) && !unknown.contains(r.b())).toList();
		return upsertTies(tx, known, origin).withUnknown(List.copyOf(unknown));
	}

	/** The {@code id} column of {@code people/missing}'s rows, in their order. */
	private static Set<String> ids(List<? extends MapAccessor> rows) {
		Set<String> ids = new LinkedHashSet<>();
		for (MapAccessor r : rows) {
			ids.add(r.get("id").asString());
		}
		return ids;
	}

	/** The tie upsert on some rows, in {@code tx}; with {@code inFull} it lists them. */
	private static Said tiesStatement(WriteTx tx, List<TieRow> rows, String origin, boolean inFull) {
		List<Map<String, Object>> list = new ArrayList<>(rows.size());
		for (TieRow row : rows) {
			list.add(row.parameters());
		}
		Map<String, Object> params = new HashMap<>();
		params.put("source", origin);
		params.put("inFull", inFull);
		params.put("rows", list);
		return Said.of(tx.single(Cypher.query("people/ties-upsert"), params), rows.size());
	}

	/**
	 * Whether a write failed on a uniqueness (or other) constraint, in any of its causes.
	 */
	private static boolean isConstraintViolation(Throwable failure) {
		for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof org.neo4j.graphdb.ConstraintViolationException) {
				return true;
			}
			if (t instanceof org.neo4j.kernel.api.exceptions.Status.HasStatus s
					&& s.status() == org.neo4j.kernel.api.exceptions.Status.Schema.ConstraintValidationFailed) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Deletes a person with all their relationships ({@code DETACH DELETE}).
	 * @param id the person
	 * @return whether there was one
	 */
	public boolean delete(String id) {
		return this.writes.execute(BATCH, tx -> {
			long deleted = tx.single(Cypher.query("people/delete"), Map.of("id", id)).get("deleted").asLong();
			if (deleted > 0) {
				// entries carry changes in full, so earlier ones name the person:
				// they
				// stop naming them (as for an erasure), and this one names nobody
				this.changes.forget(tx, id);
				this.changes.record(tx, Change.personRemoved());
			}
			return deleted > 0;
		});
	}

	/**
	 * Deletes the tie between two people, in whichever direction it is stored.
	 * @param a one person
	 * @param b the other
	 * @return whether there was one
	 */
	public boolean deleteTie(String a, String b) {
		return delete("people/tie-delete", Map.of("a", a, "b", b), Change.tieRemoved(a, b));
	}

	/**
	 * Writes one batch with a named upsert query the same way as people and ties are
	 * written, so the import's other upserts (mentoring, LinkedIn) share this write path:
	 * one transaction, retried on transient failures, that appends {@code change} to the
	 * change log when it created or updated anything.
	 * @param <T> the row type
	 * @param query the named query; it reads {@code $rows} and returns {@code created},
	 * {@code updated} and optionally {@code unchanged}
	 * @param change what the change log records when the batch changed the graph
	 * @param rows the batch
	 * @param parameters one row's query parameters
	 * @param extra further query parameters, shared by every row
	 * @return what the batch did
	 */
	public <T> UpsertCounts write(String query, Change change, List<T> rows,
			Function<T, Map<String, Object>> parameters, Map<String, Object> extra) {
		return write(query, change, rows, parameters, extra, (kept) -> {
		}, (tx, list, result) -> null);
	}

	/**
	 * Checks, in the batch's transaction after the query ran and before anything else,
	 * the ids whose own consent the batch kept (the query's {@code kept}); throwing rolls
	 * the batch back.
	 */
	@FunctionalInterface
	private interface KeptConsent {

		void check(List<String> kept);

	}

	/**
	 * Reads, in the batch's transaction after it wrote, what it changed in full (for the
	 * projection and the change feed), or takes it from the upsert's own {@code result}
	 * when the query returns it; null when only a re-read would tell.
	 */
	@FunctionalInterface
	private interface InFull {

		List<Change> read(WriteTx tx, List<Map<String, Object>> rows, MapAccessor result);

	}

	private <T> UpsertCounts write(String query, Change change, List<T> rows,
			Function<T, Map<String, Object>> parameters, Map<String, Object> extra, KeptConsent keptConsent,
			InFull inFull) {
		List<Map<String, Object>> list = new ArrayList<>(rows.size());
		for (T row : rows) {
			list.add(parameters.apply(row));
		}
		Map<String, Object> params = new HashMap<>(extra);
		params.put("rows", list);
		return write(query, change, rows.size(), params, (tx) -> {
		}, keptConsent, inFull);
	}

	/**
	 * One batch's transaction: {@code first}, the query (its {@code $rows} in
	 * {@code params}), the kept-consent check, the change log.
	 */
	@SuppressWarnings("unchecked")
	private UpsertCounts write(String query, Change change, int size, Map<String, Object> params,
			Consumer<WriteTx> first, KeptConsent keptConsent, InFull inFull) {
		List<Map<String, Object>> list = (List<Map<String, Object>>) params.get("rows");
		String cypher = Cypher.query(query);
		return this.writes.execute(BATCH, tx -> {
			first.accept(tx);
			Said said = Said.of(tx.single(cypher, params), size);
			keptConsent.check(said.kept());
			return recorded(tx, change, list.size() <= IN_PLACE_MAX, said, () -> inFull.read(tx, list, said.row()));
		});
	}

	/**
	 * Appends a batch's change to the change log when it created or updated anything: in
	 * full when {@code inPlace} and {@code inFull} can tell it, else {@code change} (the
	 * projection re-reads); the batch's counts.
	 */
	private UpsertCounts recorded(WriteTx tx, Change change, boolean inPlace, Said said,
			Supplier<List<Change>> inFull) {
		boolean wrote = said.created() + said.updated() > 0;
		List<Change> full = null;
		if (wrote) {
			full = inPlace ? inFull.get() : null;
			if (full != null) {
				this.changes.record(tx, full);
			}
			else {
				this.changes.record(tx, change);
			}
		}
		return new UpsertCounts(said.created(), said.updated(), said.unchanged(), said.kept(), wrote ? full : List.of(),
				said.keptRemoved());
	}

	/**
	 * What an upsert statement returned: its counts ({@code unchanged} is the rest of the
	 * rows when it does not say), the ids whose own consent it kept, and its row.
	 */
	private record Said(long created, long updated, long unchanged, List<String> kept, long keptRemoved,
			MapAccessor row) {

		static final Said NOTHING = new Said(0, 0, 0, List.of(), 0, null);

		static Said of(MapAccessor r, int size) {
			List<String> kept = r.containsKey("kept") ? r.get("kept").asList(Value::asString) : List.of();
			long created = r.get("created").asLong();
			long updated = r.get("updated").asLong();
			long unchanged = r.containsKey("unchanged") ? r.get("unchanged").asLong() : size - created - updated;
			long keptRemoved = r.containsKey("keptRemoved") ? r.get("keptRemoved").asLong() : 0;
			return new Said(created, updated, unchanged, kept, keptRemoved, r);
		}

		/** Both added up; the row is this one's, or the other's when this has none. */
		Said plus(Said other) {
			List<String> both = this.kept;
			if (!other.kept.isEmpty()) {
				both = new ArrayList<>(this.kept);
				both.addAll(other.kept);
			}
			return new Said(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged, both, this.keptRemoved + other.keptRemoved,
					(this.row != null) ? this.row : other.row);
		}

	}

	private boolean delete(String query, Map<String, Object> parameters, Change change) {
		return this.writes.execute(BATCH, tx -> {
			long deleted = tx.single(Cypher.query(query), parameters).get("deleted").asLong();
			if (deleted > 0) {
				this.changes.record(tx, change);
			}
			return deleted > 0;
		});
	}

}
