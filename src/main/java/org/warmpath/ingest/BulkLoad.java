package org.warmpath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.warmpath.embedded.OfflineImport;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.people.Grades;
import org.warmpath.people.PersonRow;
import org.warmpath.people.TieRow;

/**
 * Loads programmes.csv, people.csv, connections.csv and mentoring.csv into an empty store
 * with Neo4j's offline importer ({@link OfflineImport}), before the DBMS opens it: the
 * bulk path of the demo loader.
 *
 * <p>
 * The files are read with the same formats as {@link Imports} (same validation, same
 * duplicate and unknown-person rejections) and each row is written as the online import
 * writes it: the same labels, relationship types, property names and types, the same
 * person fingerprint (so a later online import of the same file finds every row
 * unchanged), ties stored once from the smaller id to the larger, an organisation or
 * programme named as the first row naming its id names it. What the online import does
 * not write here: change-feed entries (a fresh store has no other instance to tell; the
 * projection is built from the store at start-up). Constraints and indexes are created by
 * the schema migrations when the application starts on the store.
 *
 * <p>
 * Nothing is written to the store until every file has been read and converted; in
 * {@link ImportMode#STRICT} a rejected row stops the load before that. The rows are held
 * in memory as the values the importer stores (ties as columns of primitives) and handed
 * to it directly ({@link OfflineImport#run}): no importer CSV is written and parsed back.
 */
public final class BulkLoad {

	private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

	/**
	 * The latest schema migration whose data this loader writes in the migrated form
	 * (V0008: {@code MENTORS.programme} holds the programme's id), recorded on the
	 * store's {@code __WarmPathBulkLoad} node so that the schema migrations skip those
	 * data statements: they would scan every relationship to change nothing. A later data
	 * migration is above it, and so still runs, until this loader writes its form and
	 * this number follows.
	 */
	static final int DATA_VERSION = 9;

	/**
	 * What a bulk load wrote.
	 *
	 * @param programmes programmes read from programmes.csv
	 * @param people people created
	 * @param ties ties created
	 * @param mentoring mentoring relationships created
	 * @param rejected rows rejected (tolerant mode), with the first of them in
	 * {@code errors}
	 * @param errors the first rejected rows: file name, line and reason
	 * @param convertMillis time reading our files and converting them to the importer's
	 * input
	 * @param importMillis time of the offline import itself
	 */
	public record Report(long programmes, long people, long ties, long mentoring, long rejected, List<String> errors,
			long convertMillis, long importMillis) {

		/** Rows written. */
		public long rows() {
			return this.programmes + this.people + this.ties + this.mentoring;
		}

	}

	private static final int MAX_ERRORS = 20;

	/**
	 * The {@code createdAt} and {@code updatedAt} of everything loaded: one instance, so
	 * the importer's input converts it once per chunk rather than once per row.
	 */
	private static final ZonedDateTime DATETIME = OffsetDateTime.now(ZoneOffset.UTC).toZonedDateTime();

	private final Map<String, String> organisations = new LinkedHashMap<>();

	private final Map<String, String> programmes = new LinkedHashMap<>();

	/** The kind of each programme programmes.csv names; the others have none. */
	private final Map<String, String> programmeKinds = new LinkedHashMap<>();

	private final Map<String, Integer> specialties = new LinkedHashMap<>();

	private final Map<String, Integer> regions = new LinkedHashMap<>();

	private final Map<String, Integer> skills = new LinkedHashMap<>();

	/**
	 * Each organisation name's id (its slug, as {@link PersonRow#organisationId()} makes
	 * it), made once per name rather than twice per person: the slug's regular
	 * expressions were a third of reading people.csv.
	 */
	private final Map<String, String> organisationIds = new HashMap<>();

	/** Position of each organisation in {@link #organisations}. */
	private final Map<String, Integer> organisationIndex = new HashMap<>();

	/** Position of each programme in {@link #programmes}. */
	private final Map<String, Integer> programmeIndex = new HashMap<>();

	/**
	 * A person's relationships to shared nodes, held as (person, shared node position)
	 * pairs until every person is read: a shared node's id comes after all the people's,
	 * so it is only known then.
	 */
	private final Pairs specialisesIn = new Pairs();

	private final Pairs basedIn = new Pairs();

	private final Pairs worksAt = new Pairs();

	private final Pairs hasSkill = new Pairs();

	private final Pairs memberOf = new Pairs();

	/** The {@code as} of each MEMBER_OF pair, in the same order. */
	private final List<String> memberAs = new ArrayList<>();

	private final List<String> errors = new ArrayList<>();

	private long rejected;

	private final TieSource source;

	/**
	 * The nodes and relationships for the importer, in the order they are handed over.
	 */
	private final List<OfflineImport.Entities> nodes = new ArrayList<>();

	private final Map<String, OfflineImport.Entities> relationships = new LinkedHashMap<>();

	/** Each person's properties; the node id is the row. */
	private final Persons persons = new Persons();

	private final Knows knows;

	/** Each mentoring relationship: start, end, then {@link #MENTORS_KEYS}. */
	private final List<Object[]> mentors = new ArrayList<>();

	private BulkLoad(TieSource source, int expectedTies) {
		this.source = source;
		this.knows = new Knows(expectedTies);
	}

	/**
	 * As {@link #load(Path, Path, Path, Path, Path, ImportMode, TieSource)} without a
	 * programmes.csv.
	 */
	public static Report load(Path home, Path peopleCsv, Path connectionsCsv, Path mentoringCsv, ImportMode mode,
			TieSource source) {
		return load(home, null, peopleCsv, connectionsCsv, mentoringCsv, mode, source);
	}

	/**
	 * Bulk-loads the files into the absent default database of {@code home}.
	 * @param home the folder the embedded DBMS will open
	 * @param programmesCsv programmes.csv (read first, as the online import should be, so
	 * its names and kinds are the programmes' own), or {@code null}
	 * @param peopleCsv people.csv
	 * @param connectionsCsv connections.csv, or {@code null}
	 * @param mentoringCsv mentoring.csv, or {@code null}
	 * @param mode strict (any rejected row: nothing written) or tolerant
	 * @param source the origin recorded on the ties ({@code import}, or {@code demo})
	 * @return what was written
	 * @throws IllegalArgumentException in strict mode when a row is rejected
	 * @throws IllegalStateException when the store exists or the importer fails
	 */
	public static Report load(Path home, Path programmesCsv, Path peopleCsv, Path connectionsCsv, Path mentoringCsv,
			ImportMode mode, TieSource source) {
		if (!OfflineImport.storeIsAbsent(home)) {
			throw new IllegalStateException("The bulk load needs an empty store; " + home + " has one");
		}
		try {
			BulkLoad load = new BulkLoad(source, 0);
			long started = System.nanoTime();
			long programmes = (programmesCsv != null) ? load.programmes(programmesCsv) : 0;
			long persons = load.people(peopleCsv);
			long ties = (connectionsCsv != null) ? load.ties(connectionsCsv) : 0;
			long mentoring = (mentoringCsv != null) ? load.mentoring(mentoringCsv) : 0;
			return load.finish(home, mode, started, programmes, persons, ties, mentoring);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Generates the demo network and bulk-loads it into the absent default database of
	 * {@code home}, the ties handed straight to the importer's input as the generator
	 * makes them: no connections.csv is written, read back and parsed (the bulk of the
	 * rows; people and mentoring still go through their CSV and its validation). The
	 * store equals what {@link #load} makes of the generator's files.
	 * @param home the folder the embedded DBMS will open
	 * @param generator the demo generator (with its mean degree)
	 * @param people how many people
	 * @param seed the generator's seed
	 * @return what was written; {@code convertMillis} includes the generation
	 * @throws IllegalStateException when the store exists or the importer fails
	 */
	public static Report loadDemo(Path home, DemoNetworkGenerator generator, int people, long seed) {
		if (!OfflineImport.storeIsAbsent(home)) {
			throw new IllegalStateException("The bulk load needs an empty store; " + home + " has one");
		}
		Path work = null;
		try {
			work = Files.createTempDirectory("warmpath-bulk-");
			BulkLoad load = new BulkLoad(TieSource.DEMO, generator.expectedTies(people));
			long started = System.nanoTime();
			Path peopleCsv = work.resolve(DemoNetworkGenerator.PEOPLE_FILE);
			Path mentoringCsv = work.resolve(DemoNetworkGenerator.MENTORING_FILE);
			Path programmesCsv = work.resolve(DemoNetworkGenerator.PROGRAMMES_FILE);
			long[] ties = { 0 };
			// one tie's first row, to check that people.csv gives the person there the
			// node id (row) the generator named them by
			int[] sample = { -1 };
			// the generator's codes of a tie's context and start date are the KNOWS
			// columns' codes: no lookup per tie
			List<String> contexts = new ArrayList<>();
			for (int c = 0; c < DemoNetworkGenerator.contexts(); c++) {
				contexts.add(DemoNetworkGenerator.contextText(c));
			}
			List<LocalDate> days = new ArrayList<>();
			for (LocalDate d = DemoNetworkGenerator.FIRST_DAY; !d.isAfter(generator.asOf()); d = d.plusDays(1)) {
				days.add(d);
			}
			load.knows.codes(contexts, days);
			// programmes.csv and people.csv are read on a thread of their own while
			// the generator builds the network and hands over the ties (it writes
			// both files first): the ties touch only the KNOWS columns, the files
			// only the people's and shared nodes' state, and the join publishes the
			// latter
			FutureTask<long[]> peopleRead = new FutureTask<>(
					() -> new long[] { load.programmes(programmesCsv), load.people(peopleCsv) });
			boolean[] reading = { false };
			try (Writer peopleOut = Files.newBufferedWriter(peopleCsv, StandardCharsets.UTF_8);
					Writer mentoringOut = Files.newBufferedWriter(mentoringCsv, StandardCharsets.UTF_8);
					Writer programmesOut = Files.newBufferedWriter(programmesCsv, StandardCharsets.UTF_8)) {
				generator.generate(people, seed, peopleOut, new DemoNetworkGenerator.TieSink() {

					@Override
					public void peopleWritten() throws IOException {
						programmesOut.flush();
						peopleOut.flush();
						Thread reader = new Thread(peopleRead, "demo-people-read");
						reader.setDaemon(true);
						reader.start();
						reading[0] = true;
					}

					@Override
					public void tie(int sourceRow, int targetRow, int strength, int context, int since) {
						if (ties[0]++ == 0) {
							sample[0] = sourceRow;
						}
						// ids sort as rows do: the smaller row is the one whose id
						// sorts first, the start node a tie from a CSV gets (tie)
						load.knows.add(Math.min(sourceRow, targetRow), Math.max(sourceRow, targetRow),
								DemoNetworkGenerator.strength(strength), context, since);
					}

				}, mentoringOut, programmesOut);
			}
			if (!reading[0]) {
				peopleRead.run();
			}
			long[] read = joined(peopleRead);
			long programmes = read[0];
			long persons = read[1];
			if (persons != people || load.rejected > 0 || (sample[0] >= 0
					&& load.persons.rowOf(DemoNetworkGenerator.personId(sample[0], people)) != sample[0])) {
				throw new IllegalStateException("The demo's people.csv did not give every generated person their row ("
						+ persons + " of " + people + " people, " + load.rejected + " rejected)");
			}
			long mentoring = load.mentoring(mentoringCsv);
			return load.finish(home, ImportMode.TOLERANT, started, programmes, persons, ties[0], mentoring);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (work != null) {
				DemoLoader.deleteRecursively(work);
			}
		}
	}

	/** The result of a task run on another thread, its failure rethrown as it was. */
	private static long[] joined(FutureTask<long[]> task) throws IOException {
		try {
			return task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the demo's people", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private Report finish(Path home, ImportMode mode, long started, long programmes, long persons, long ties,
			long mentoring) throws IOException {
		entities();
		long converted = System.nanoTime();
		if (mode == ImportMode.STRICT && this.rejected > 0) {
			throw new IllegalArgumentException(
					this.rejected + " rows rejected, nothing loaded; first: " + this.errors.get(0));
		}
		OfflineImport.run(home, this.nodes, List.copyOf(this.relationships.values()));
		long imported = System.nanoTime();
		Report report = new Report(programmes, persons, ties, mentoring, this.rejected, List.copyOf(this.errors),
				(converted - started) / 1_000_000, (imported - converted) / 1_000_000);
		log.info(
				"Bulk load: {} programmes, {} people, {} ties, {} mentoring, {} rejected; converted in {} ms, "
						+ "imported in {} ms",
				programmes, persons, ties, mentoring, this.rejected, report.convertMillis(), report.importMillis());
		return report;
	}

	/**
	 * Whether {@code home} has no store yet, the only state {@link #load} writes into.
	 * @param home the embedded database's folder
	 * @return true when the default database was never created there
	 */
	public static boolean storeIsAbsent(Path home) {
		return OfflineImport.storeIsAbsent(home);
	}

	// ---- reading our files
	// -------------------------------------------------------------

	/**
	 * programmes.csv, as the online import writes it into an empty store (ids are unique
	 * in the file, so each row is a new programme): a row without a kind is
	 * {@code other}.
	 */
	private long programmes(Path csv) throws IOException {
		long[] count = { 0 };
		read(csv, Formats.PROGRAMMES, (row) -> {
			programme(row.id(), row.name(), true);
			this.programmeKinds.put(row.id(), (row.kind() != null) ? row.kind() : "other");
			count[0]++;
		});
		return count[0];
	}

	private long people(Path csv) throws IOException {
		long[] count = { 0 };
		read(csv, Formats.PEOPLE, (row) -> {
			int person = this.persons.add(row);
			if (row.specialty() != null) {
				this.specialisesIn.add(person, position(this.specialties, row.specialty()));
			}
			if (row.region() != null) {
				this.basedIn.add(person, position(this.regions, row.region()));
			}
			if (row.organisation() != null) {
				String organisationId = this.organisationIds.computeIfAbsent(row.organisation(),
						(name) -> row.organisationId());
				if (this.organisations.putIfAbsent(organisationId, row.organisation()) == null) {
					this.organisationIndex.put(organisationId, this.organisationIndex.size());
				}
				this.worksAt.add(person, this.organisationIndex.get(organisationId));
			}
			for (String skill : row.skills()) {
				this.hasSkill.add(person, position(this.skills, skill));
			}
			for (Map<String, Object> membership : row.memberships()) {
				String id = (String) membership.get("id");
				this.memberOf.add(person, programme(id, (String) membership.get("name"), false));
				this.memberAs.add((String) membership.get("as"));
			}
			count[0]++;
		});
		return count[0];
	}

	/** The position of {@code name} among the names seen, a new one last. */
	private static int position(Map<String, Integer> names, String name) {
		Integer at = names.get(name);
		if (at == null) {
			at = names.size();
			names.put(name, at);
		}
		return at;
	}

	/**
	 * The position of programme {@code id}; a new one is named {@code name}, an existing
	 * one keeps its name unless {@code rename} (programmes.csv, read first, names it).
	 */
	private int programme(String id, String name, boolean rename) {
		Integer at = this.programmeIndex.get(id);
		if (at == null) {
			at = this.programmeIndex.size();
			this.programmeIndex.put(id, at);
			this.programmes.put(id, name);
		}
		else if (rename) {
			this.programmes.put(id, name);
		}
		return at;
	}

	private long ties(Path csv) throws IOException {
		long[] count = { 0 };
		read(csv, Formats.CONNECTIONS, (row) -> {
			int a = this.persons.rowOf(row.source());
			int b = this.persons.rowOf(row.target());
			if (!known("connections.csv", a, row.source(), b, row.target())) {
				return;
			}
			tie(a, b, row.source(), row.target(), row.strength(), row.context(), row.since());
			count[0]++;
		});
		return count[0];
	}

	/**
	 * One KNOWS relationship from a CSV file, stored once from the smaller id to the
	 * larger as the online import stores it (the demo's ties come ordered by row, which
	 * is the same order: see {@link DemoNetworkGenerator.TieSink}).
	 */
	private void tie(int nodeA, int nodeB, String a, String b, double strength, String context, LocalDate since) {
		boolean ordered = a.compareTo(b) < 0;
		this.knows.add(ordered ? nodeA : nodeB, ordered ? nodeB : nodeA, strength, context, since);
	}

	private long mentoring(Path csv) throws IOException {
		long[] count = { 0 };
		// the online import resolves a name to the smallest id of the programmes so named
		Map<String, String> idByName = new HashMap<>();
		this.programmes.forEach((id, name) -> idByName.merge(name, id, (a, b) -> (a.compareTo(b) <= 0) ? a : b));
		read(csv, Formats.MENTORING, (row) -> {
			int mentor = this.persons.rowOf(row.mentor());
			int mentee = this.persons.rowOf(row.mentee());
			if (!known("mentoring.csv", mentor, row.mentor(), mentee, row.mentee())) {
				return;
			}
			String programmeId = null;
			if (row.programme() != null) {
				// the programme's id, as the online import resolves it: the programme of
				// that name, else the one whose id it is, else the slug of the name
				programmeId = idByName.get(row.programme());
				if (programmeId == null) {
					programmeId = this.programmes.containsKey(row.programme()) ? row.programme() : row.programmeId();
					if (!this.programmeIndex.containsKey(programmeId)) {
						programme(programmeId, row.programme(), false);
						idByName.put(row.programme(), programmeId);
					}
				}
			}
			this.mentors.add(new Object[] { (long) mentor, (long) mentee, row.since(), row.status(), programmeId });
			count[0]++;
		});
		return count[0];
	}

	/**
	 * Whether both people of a row are in people.csv ({@code rowA}, {@code rowB} their
	 * rows, -1 when not); rejects the row when not.
	 */
	private boolean known(String file, int rowA, String a, int rowB, String b) {
		if (rowA >= 0 && rowB >= 0) {
			return true;
		}
		reject(file, -1, "unknown person '" + Text.shorten((rowA >= 0) ? b : a) + "' (not in people.csv)");
		return false;
	}

	@FunctionalInterface
	private interface RowWriter<T> {

		void write(T row) throws IOException;

	}

	private <T> void read(Path csv, RowFormat<T> format, RowWriter<T> writer) throws IOException {
		String file = csv.getFileName().toString();
		try (InputStream in = Files.newInputStream(csv)) {
			RowReader.Outcome outcome = RowReader.read(in, format, new RowReader.Sink<>() {

				@Override
				public void accept(long line, T row) {
					try {
						writer.write(row);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void reject(long line, String message) {
					BulkLoad.this.reject(file, line, message);
				}

			});
			if (outcome.fileRejected()) {
				throw new IllegalArgumentException(file + " rejected: " + this.errors.get(this.errors.size() - 1));
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private void reject(String file, long line, String message) {
		this.rejected++;
		if (this.errors.size() < MAX_ERRORS) {
			this.errors.add(file + ((line > 0) ? " line " + line : "") + ": " + message);
		}
	}

	// ---- handing the importer its entities
	// --------------------------------------------------

	private static final String[] MENTORS_KEYS = { "since", "status", "programme" };

	/**
	 * Lists the people, the shared nodes, the ties, the mentoring relationships and the
	 * people's relationships to shared nodes for the importer, now that every person is
	 * read: node ids are the people's (0 to n - 1), then the specialties', regions',
	 * skills', organisations' and programmes', in that order.
	 */
	private void entities() {
		Persons persons = this.persons;
		this.nodes.add(new OfflineImport.Entities("Person", persons.size, Persons.PROPERTIES, (i, out) -> {
			out.id(i);
			persons.write(i, out);
		}));
		long next = this.persons.size;
		long specialty = next;
		names("Specialty", this.specialties.keySet(), specialty);
		long region = specialty + this.specialties.size();
		names("Region", this.regions.keySet(), region);
		long skill = region + this.regions.size();
		names("Skill", this.skills.keySet(), skill);
		long organisation = skill + this.skills.size();
		List<Map.Entry<String, String>> orgs = List.copyOf(this.organisations.entrySet());
		this.nodes.add(new OfflineImport.Entities("Organisation", orgs.size(), 2, (i, out) -> {
			out.id(organisation + i);
			out.property("id", orgs.get(i).getKey());
			out.property("name", orgs.get(i).getValue());
		}));
		long programme = organisation + this.organisations.size();
		List<Map.Entry<String, String>> programmes = List.copyOf(this.programmes.entrySet());
		Map<String, String> kinds = this.programmeKinds;
		this.nodes.add(new OfflineImport.Entities("Programme", programmes.size(), 3, (i, out) -> {
			out.id(programme + i);
			out.property("id", programmes.get(i).getKey());
			out.property("name", programmes.get(i).getValue());
			out.property("kind", kinds.get(programmes.get(i).getKey()));
		}));
		long stamps = programme + this.programmes.size();
		this.nodes.add(new OfflineImport.Entities("GradeLadder", 1, 2, (i, out) -> {
			out.id(stamps);
			out.property("version", Grades.VERSION);
			out.property("recomputedAt", DATETIME);
		}));
		this.nodes.add(new OfflineImport.Entities("__WarmPathBulkLoad", 1, 2, (i, out) -> {
			out.id(stamps + 1);
			out.property("dataVersion", DATA_VERSION);
			out.property("at", DATETIME);
		}));
		if (this.knows.size > 0) {
			Knows ties = this.knows;
			String origin = this.source.value();
			this.relationships.put("KNOWS", new OfflineImport.Entities("KNOWS", ties.size, 5, (i, out) -> {
				out.ends(ties.start[i], ties.end[i]);
				out.property("strength", ties.strength[i]);
				out.property("context", ties.context(i));
				out.property("since", ties.since(i));
				out.property("source", origin);
				out.property("createdAt", DATETIME);
			}));
		}
		if (!this.mentors.isEmpty()) {
			List<Object[]> rows = this.mentors;
			this.relationships.put("MENTORS",
					new OfflineImport.Entities("MENTORS", rows.size(), MENTORS_KEYS.length, (i, out) -> {
						Object[] row = rows.get(i);
						out.ends((Long) row[0], (Long) row[1]);
						properties(out, MENTORS_KEYS, row, 2);
					}));
		}
		this.specialisesIn.add(this, "SPECIALISES_IN", specialty, null);
		this.basedIn.add(this, "BASED_IN", region, null);
		this.worksAt.add(this, "WORKS_AT", organisation, null);
		this.hasSkill.add(this, "HAS_SKILL", skill, null);
		this.memberOf.add(this, "MEMBER_OF", programme, this.memberAs);
	}

	/** Writes {@code values} from {@code from} on as the properties {@code keys}. */
	private static void properties(OfflineImport.Entity out, String[] keys, Object[] values, int from) {
		for (int k = 0; k < keys.length; k++) {
			out.property(keys[k], values[from + k]);
		}
	}

	private void names(String label, Set<String> names, long first) {
		List<String> list = List.copyOf(names);
		this.nodes.add(new OfflineImport.Entities(label, list.size(), 1, (i, out) -> {
			out.id(first + i);
			out.property("name", list.get(i));
		}));
	}

	/**
	 * The ties as columns (the bulk of a load: 10 million at 1M people): no object per
	 * tie, and no reference either. The context and the start date are codes into tables
	 * of their distinct values (a handful of contexts, a few thousand days): two arrays
	 * of ten million references each (one to a LocalDate per tie when read from a file)
	 * were what the collector traced and copied again at every collection while the ties
	 * were generated.
	 */
	private static final class Knows {

		int[] start;

		int[] end;

		double[] strength;

		private int[] context;

		private int[] since;

		int size;

		private final Codes<String> contexts = new Codes<>();

		private final Codes<LocalDate> days = new Codes<>();

		/**
		 * @param expected the ties expected (the arrays grow beyond it)
		 */
		Knows(int expected) {
			int capacity = Math.max(1024, expected);
			this.start = new int[capacity];
			this.end = new int[capacity];
			this.strength = new double[capacity];
			this.context = new int[capacity];
			this.since = new int[capacity];
		}

		void add(int from, int to, double value, String kind, LocalDate day) {
			add(from, to, value, this.contexts.of(kind), this.days.of(day));
		}

		/**
		 * A tie whose context and date are given by their codes (as {@link #codes}
		 * numbered them).
		 */
		void add(int from, int to, double value, int kind, int day) {
			if (this.size == this.start.length) {
				int grown = this.size + (this.size >> 1);
				this.start = Arrays.copyOf(this.start, grown);
				this.end = Arrays.copyOf(this.end, grown);
				this.strength = Arrays.copyOf(this.strength, grown);
				this.context = Arrays.copyOf(this.context, grown);
				this.since = Arrays.copyOf(this.since, grown);
			}
			this.start[this.size] = from;
			this.end[this.size] = to;
			this.strength[this.size] = value;
			this.context[this.size] = kind;
			this.since[this.size] = day;
			this.size++;
		}

		/**
		 * Numbers the contexts and the days in the order given, before any tie: the codes
		 * a caller of {@link #add(int, int, double, int, int)} uses.
		 */
		void codes(List<String> kinds, List<LocalDate> days) {
			if (this.size > 0) {
				throw new IllegalStateException("The codes are numbered before the first tie");
			}
			kinds.forEach(this.contexts::of);
			days.forEach(this.days::of);
		}

		String context(int i) {
			return this.contexts.value(this.context[i]);
		}

		LocalDate since(int i) {
			return this.days.value(this.since[i]);
		}

	}

	/** Distinct values numbered in the order first seen; null is {@link #NONE}. */
	private static final class Codes<T> {

		/** The code of an absent value. */
		static final int NONE = -1;

		private final Map<T, Integer> codes = new HashMap<>();

		private final List<T> values = new ArrayList<>();

		int of(T value) {
			if (value == null) {
				return NONE;
			}
			Integer code = this.codes.get(value);
			if (code == null) {
				code = this.values.size();
				this.codes.put(value, code);
				this.values.add(value);
			}
			return code;
		}

		T value(int code) {
			return (code == NONE) ? null : this.values.get(code);
		}

	}

	/**
	 * The people as columns: their ids, their names, headlines and fingerprints as UTF-8
	 * bytes one after another ({@link Texts}), the rest as codes and numbers, and an
	 * open-addressing index from id to row. Why: as an array of twelve values plus a hash
	 * map entry a person was about twelve objects kept until the import (six million at
	 * 1M people), and every young collection while the network was generated traced and
	 * copied them again; the collector's pauses were a quarter of the generation's time.
	 * The importer gets the same values ({@link #write}): strings made again as it asks
	 * for them.
	 *
	 * <p>
	 * A person's node id is their row: their number among the accepted rows of
	 * people.csv, from 0. The importer takes our node ids as they are
	 * ({@code --id-type=actual}), so it needs no id map: a string id map (sorting every
	 * id, then a binary search for both ends of every relationship) was the importer's
	 * largest cost.
	 */
	private static final class Persons {

		/** How many properties {@link #write} gives a person. */
		static final int PROPERTIES = 12;

		private static final int NO_SENIORITY = Integer.MIN_VALUE;

		private static final byte OPEN_TO_INTRODUCTIONS = 1;

		private static final byte OPEN_TO_MENTORING = 2;

		int size;

		/**
		 * Each person's id (every column starts small: the tests' files grow them all).
		 */
		private String[] ids = new String[64];

		private final Texts names = new Texts();

		private final Texts headlines = new Texts();

		private final Texts fingerprints = new Texts();

		private final Codes<String> grades = new Codes<>();

		private int[] grade = new int[64];

		private int[] seniority = new int[64];

		private byte[] open = new byte[64];

		private int[] capacity = new int[64];

		/** Row + 1 of each id at its hash's slot or the next free one; 0 is free. */
		private int[] slots = new int[128];

		/**
		 * Adds a person whose id is not here yet (people.csv's reader rejects an id seen
		 * before).
		 * @return their row
		 */
		int add(PersonRow row) {
			if (this.size == this.ids.length) {
				int grown = this.size + (this.size >> 1);
				this.ids = Arrays.copyOf(this.ids, grown);
				this.grade = Arrays.copyOf(this.grade, grown);
				this.seniority = Arrays.copyOf(this.seniority, grown);
				this.open = Arrays.copyOf(this.open, grown);
				this.capacity = Arrays.copyOf(this.capacity, grown);
			}
			int i = this.size++;
			this.ids[i] = row.id();
			this.names.add(row.name());
			this.headlines.add(row.headline());
			this.fingerprints.add(row.fingerprint());
			this.grade[i] = this.grades.of(row.grade());
			this.seniority[i] = (row.seniority() != null) ? row.seniority() : NO_SENIORITY;
			this.open[i] = (byte) ((row.openToIntroductions() ? OPEN_TO_INTRODUCTIONS : 0)
					| (row.openToMentoring() ? OPEN_TO_MENTORING : 0));
			this.capacity[i] = row.mentorCapacity();
			if (2 * this.size > this.slots.length) {
				int[] old = this.slots;
				this.slots = new int[old.length * 2];
				for (int r : old) {
					if (r != 0) {
						this.slots[free(this.ids[r - 1])] = r;
					}
				}
			}
			this.slots[free(row.id())] = i + 1;
			return i;
		}

		/** The row of {@code id}, -1 when no person has it. O(1) expected. */
		int rowOf(String id) {
			int mask = this.slots.length - 1;
			for (int at = slot(id, mask);; at = (at + 1) & mask) {
				int r = this.slots[at];
				if (r == 0) {
					return -1;
				}
				if (this.ids[r - 1].equals(id)) {
					return r - 1;
				}
			}
		}

		private int free(String id) {
			int mask = this.slots.length - 1;
			int at = slot(id, mask);
			while (this.slots[at] != 0) {
				at = (at + 1) & mask;
			}
			return at;
		}

		/** The id's hash, its bits spread (ids differ in their last characters). */
		private static int slot(String id, int mask) {
			int h = id.hashCode() * 0x9E3779B9;
			return (h ^ (h >>> 16)) & mask;
		}

		/**
		 * Person {@code i}'s {@value #PROPERTIES} properties, with the types the online
		 * import stores.
		 */
		void write(int i, OfflineImport.Entity out) {
			out.property("id", this.ids[i]);
			out.property("name", this.names.get(i));
			out.property("headline", this.headlines.get(i));
			out.property("grade", this.grades.value(this.grade[i]));
			out.property("seniority", (this.seniority[i] != NO_SENIORITY) ? Long.valueOf(this.seniority[i]) : null);
			out.property("openToIntroductions", (this.open[i] & OPEN_TO_INTRODUCTIONS) != 0);
			out.property("openToMentoring", (this.open[i] & OPEN_TO_MENTORING) != 0);
			out.property("mentorCapacity", (long) this.capacity[i]);
			out.property("connectionVisibility", "connections");
			out.property("fingerprint", this.fingerprints.get(i));
			out.property("createdAt", DATETIME);
			out.property("updatedAt", DATETIME);
		}

	}

	/**
	 * Strings one after another as UTF-8 in one growing byte array, value {@code i} found
	 * by where it ends: no object per value, read back as a new string each time. Up to 2
	 * GiB of text (about 30 million headlines).
	 */
	private static final class Texts {

		private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

		private byte[] bytes = new byte[1024];

		/**
		 * Where each value ends in {@link #bytes}; a null value is {@code -1 - end} (it
		 * takes no bytes).
		 */
		private int[] ends = new int[64];

		private int size;

		private int used;

		void add(String value) {
			if (this.size == this.ends.length) {
				this.ends = Arrays.copyOf(this.ends, this.size + (this.size >> 1));
			}
			if (value == null) {
				this.ends[this.size++] = -1 - this.used;
				return;
			}
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			long end = (long) this.used + utf8.length;
			if (end > this.bytes.length) {
				if (end > MAX_BYTES) {
					throw new IllegalStateException(
							"More than 2 GiB of names, headlines or fingerprints: too many people for one bulk load");
				}
				this.bytes = Arrays.copyOf(this.bytes,
						(int) Math.min(MAX_BYTES, Math.max(end, 2L * this.bytes.length)));
			}
			System.arraycopy(utf8, 0, this.bytes, this.used, utf8.length);
			this.used = (int) end;
			this.ends[this.size++] = this.used;
		}

		String get(int i) {
			int end = this.ends[i];
			if (end < 0) {
				return null;
			}
			int start = (i == 0) ? 0 : this.ends[i - 1];
			if (start < 0) {
				start = -1 - start;
			}
			return new String(this.bytes, start, end - start, StandardCharsets.UTF_8);
		}

	}

	/**
	 * (person, shared node position) pairs of one relationship type, in the order read,
	 * in one growing array: no object per relationship.
	 */
	private static final class Pairs {

		private int[] pairs = new int[1024];

		private int size;

		void add(int person, int position) {
			if (this.size + 2 > this.pairs.length) {
				this.pairs = Arrays.copyOf(this.pairs, this.pairs.length * 2);
			}
			this.pairs[this.size++] = person;
			this.pairs[this.size++] = position;
		}

		/**
		 * Lists the pairs as relationships from the person to the shared node whose id is
		 * {@code first} plus its position, with the {@code as} property when given.
		 */
		void add(BulkLoad load, String type, long first, List<String> as) {
			if (this.size == 0) {
				return;
			}
			int[] values = this.pairs;
			load.relationships.put(type,
					new OfflineImport.Entities(type, this.size / 2, (as != null) ? 1 : 0, (i, out) -> {
						out.ends(values[2 * i], first + values[2 * i + 1]);
						if (as != null) {
							out.property("as", as.get(i));
						}
					}));
		}

	}

}
