package org.warmpath.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * {@link ImportMode#STRICT} a rejected row stops the load before that.
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
	 * @param convertMillis time reading our files and writing the importer's
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

	private static final String DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
		.format(OffsetDateTime.now(ZoneOffset.UTC));

	private final Path work;

	/**
	 * Each person's node id: their row number among the accepted rows of people.csv, from
	 * 0. The importer takes our node ids as they are ({@code --id-type=actual}), so it
	 * needs no id map: a string id map (sorting every id, then a binary search for both
	 * ends of every relationship) was the importer's largest cost.
	 */
	private final Map<String, Integer> people = new HashMap<>();

	private final Map<String, String> organisations = new LinkedHashMap<>();

	private final Map<String, String> programmes = new LinkedHashMap<>();

	/** The kind of each programme programmes.csv names; the others have none. */
	private final Map<String, String> programmeKinds = new LinkedHashMap<>();

	private final Map<String, Integer> specialties = new LinkedHashMap<>();

	private final Map<String, Integer> regions = new LinkedHashMap<>();

	private final Map<String, Integer> skills = new LinkedHashMap<>();

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

	private boolean multiline;

	private final TieSource source;

	private BulkLoad(Path work, TieSource source) {
		this.work = work;
		this.source = source;
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
		Path work = null;
		try {
			work = Files.createTempDirectory("warmpath-bulk-");
			BulkLoad load = new BulkLoad(work, source);
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
		finally {
			if (work != null) {
				DemoLoader.deleteRecursively(work);
			}
		}
	}

	/**
	 * Generates the demo network and bulk-loads it into the absent default database of
	 * {@code home}, the ties written straight into the importer's file as the generator
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
			BulkLoad load = new BulkLoad(work, TieSource.DEMO);
			long started = System.nanoTime();
			Path peopleCsv = work.resolve(DemoNetworkGenerator.PEOPLE_FILE);
			Path mentoringCsv = work.resolve(DemoNetworkGenerator.MENTORING_FILE);
			Path programmesCsv = work.resolve(DemoNetworkGenerator.PROGRAMMES_FILE);
			long[] ties = { 0 };
			// one tie's rows and ids, to check that people.csv gives each person the node
			// id (row) the generator named them by
			Object[] sample = new Object[2];
			try (Writer peopleOut = Files.newBufferedWriter(peopleCsv, StandardCharsets.UTF_8);
					Writer mentoringOut = Files.newBufferedWriter(mentoringCsv, StandardCharsets.UTF_8);
					Writer programmesOut = Files.newBufferedWriter(programmesCsv, StandardCharsets.UTF_8)) {
				StringBuilder line = new StringBuilder(128);
				generator.generate(people, seed, peopleOut,
						(sourceRow, targetRow, source, target, strength, context, since) -> {
							line.setLength(0);
							load.tieLine(line, sourceRow, targetRow, source, target, Double.parseDouble(strength),
									context, since);
							if (ties[0]++ == 0) {
								sample[0] = sourceRow;
								sample[1] = source;
							}
						}, mentoringOut, programmesOut);
			}
			long programmes = load.programmes(programmesCsv);
			long persons = load.people(peopleCsv);
			if (persons != people || load.rejected > 0
					|| (sample[1] != null && !sample[0].equals(load.people.get((String) sample[1])))) {
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

	private Report finish(Path home, ImportMode mode, long started, long programmes, long persons, long ties,
			long mentoring) throws IOException {
		Map<String, List<Path>> nodes = sharedNodes();
		long converted = System.nanoTime();
		if (mode == ImportMode.STRICT && this.rejected > 0) {
			throw new IllegalArgumentException(
					this.rejected + " rows rejected, nothing loaded; first: " + this.errors.get(0));
		}
		OfflineImport.run(home, nodes, relationshipFiles(), this.multiline, true);
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

	private final Map<String, Writer> relationships = new LinkedHashMap<>();

	private final Map<String, Path> relationshipPaths = new LinkedHashMap<>();

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
		try (Writer out = writer("Person", ":ID,id,name,headline,grade,seniority:long,"
				+ "openToIntroductions:boolean,openToMentoring:boolean,mentorCapacity:long,connectionVisibility,"
				+ "fingerprint,createdAt:datetime,updatedAt:datetime")) {
			StringBuilder line = new StringBuilder(256);
			read(csv, Formats.PEOPLE, (row) -> {
				int person = this.people.size();
				this.people.put(row.id(), person);
				line.setLength(0);
				line.append(person).append(',');
				text(line, row.id()).append(',');
				text(line, row.name()).append(',');
				text(line, row.headline()).append(',');
				text(line, row.grade()).append(',');
				if (row.seniority() != null) {
					line.append(row.seniority());
				}
				line.append(',').append(row.openToIntroductions()).append(',').append(row.openToMentoring());
				line.append(',').append(row.mentorCapacity()).append(",connections,");
				text(line, row.fingerprint()).append(',').append(DATETIME).append(',').append(DATETIME).append('\n');
				out.append(line);
				if (row.specialty() != null) {
					this.specialisesIn.add(person, position(this.specialties, row.specialty()));
				}
				if (row.region() != null) {
					this.basedIn.add(person, position(this.regions, row.region()));
				}
				if (row.organisation() != null) {
					if (this.organisations.putIfAbsent(row.organisationId(), row.organisation()) == null) {
						this.organisationIndex.put(row.organisationId(), this.organisationIndex.size());
					}
					this.worksAt.add(person, this.organisationIndex.get(row.organisationId()));
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
		}
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
			if (!known("connections.csv", row.source(), row.target())) {
				return;
			}
			tieLine(new StringBuilder(128), this.people.get(row.source()), this.people.get(row.target()), row.source(),
					row.target(), row.strength(), row.context(), (row.since() != null) ? row.since().toString() : null);
			count[0]++;
		});
		return count[0];
	}

	/**
	 * One KNOWS line, stored once from the smaller id to the larger as the online import
	 * stores it; shared by the CSV path and the demo generator's direct path so both
	 * write the same bytes.
	 */
	private void tieLine(StringBuilder line, int nodeA, int nodeB, String a, String b, double strength, String context,
			String since) throws IOException {
		boolean ordered = a.compareTo(b) < 0;
		line.append(ordered ? nodeA : nodeB).append(',');
		line.append(ordered ? nodeB : nodeA).append(',');
		line.append(strength).append(',');
		text(line, context).append(',');
		if (since != null) {
			line.append(since);
		}
		line.append(',').append(this.source.value()).append(',').append(DATETIME).append('\n');
		raw("KNOWS", ":START_ID,:END_ID,strength:double,context,since:date,source,createdAt:datetime", line);
	}

	private long mentoring(Path csv) throws IOException {
		long[] count = { 0 };
		// the online import resolves a name to the smallest id of the programmes so named
		Map<String, String> idByName = new HashMap<>();
		this.programmes.forEach((id, name) -> idByName.merge(name, id, (a, b) -> (a.compareTo(b) <= 0) ? a : b));
		read(csv, Formats.MENTORING, (row) -> {
			if (!known("mentoring.csv", row.mentor(), row.mentee())) {
				return;
			}
			StringBuilder line = new StringBuilder(96);
			line.append(this.people.get(row.mentor())).append(',');
			line.append(this.people.get(row.mentee())).append(',');
			if (row.since() != null) {
				line.append(row.since());
			}
			line.append(',');
			text(line, row.status()).append(',');
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
			text(line, programmeId).append('\n');
			raw("MENTORS", ":START_ID,:END_ID,since:date,status,programme", line);
			count[0]++;
		});
		return count[0];
	}

	private boolean known(String file, String a, String b) {
		boolean knownA = this.people.containsKey(a);
		boolean knownB = this.people.containsKey(b);
		if (knownA && knownB) {
			return true;
		}
		reject(file, -1, "unknown person '" + Text.shorten(knownA ? b : a) + "' (not in people.csv)");
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

	// ---- writing the importer's files
	// --------------------------------------------------

	/**
	 * Writes the shared nodes and the people's relationships to them, now that every
	 * person is read: node ids are the people's (0 to n - 1), then the specialties',
	 * regions', skills', organisations' and programmes', in that order.
	 */
	private Map<String, List<Path>> sharedNodes() throws IOException {
		Map<String, List<Path>> nodes = new LinkedHashMap<>();
		nodes.put("Person", List.of(this.work.resolve("Person.csv")));
		long next = this.people.size();
		long specialty = next;
		nodes.put("Specialty", names("Specialty", this.specialties.keySet(), specialty));
		long region = specialty + this.specialties.size();
		nodes.put("Region", names("Region", this.regions.keySet(), region));
		long skill = region + this.regions.size();
		nodes.put("Skill", names("Skill", this.skills.keySet(), skill));
		long organisation = skill + this.skills.size();
		nodes.put("Organisation", keyed("Organisation", this.organisations, organisation));
		long programme = organisation + this.organisations.size();
		nodes.put("Programme", programmeNodes(programme));
		long stamps = programme + this.programmes.size();
		nodes.put("GradeLadder", stamp("GradeLadder", ":ID,version:int,recomputedAt:datetime",
				stamps + "," + Grades.VERSION + "," + DATETIME));
		nodes.put("__WarmPathBulkLoad", stamp("__WarmPathBulkLoad", ":ID,dataVersion:int,at:datetime",
				(stamps + 1) + "," + DATA_VERSION + "," + DATETIME));
		this.specialisesIn.write(this, "SPECIALISES_IN", specialty, null);
		this.basedIn.write(this, "BASED_IN", region, null);
		this.worksAt.write(this, "WORKS_AT", organisation, null);
		this.hasSkill.write(this, "HAS_SKILL", skill, null);
		this.memberOf.write(this, "MEMBER_OF", programme, this.memberAs);
		for (Writer out : this.relationships.values()) {
			out.close();
		}
		return nodes;
	}

	/**
	 * One node that tells the start-up steps what the load already wrote in its current
	 * form: the grade ladder the stored seniority follows (as
	 * {@code people/grade-ladder-mark} records it), and up to which migration the data is
	 * migrated ({@link #DATA_VERSION}).
	 */
	private List<Path> stamp(String label, String header, String line) throws IOException {
		try (Writer out = writer(label, header)) {
			out.append(line).append('\n');
		}
		return List.of(this.work.resolve(label + ".csv"));
	}

	private Map<String, List<Path>> relationshipFiles() {
		Map<String, List<Path>> files = new LinkedHashMap<>();
		this.relationshipPaths.forEach((type, path) -> files.put(type, List.of(path)));
		return files;
	}

	private List<Path> names(String label, Set<String> names, long first) throws IOException {
		try (Writer out = writer(label, ":ID,name")) {
			StringBuilder line = new StringBuilder();
			long id = first;
			for (String name : names) {
				line.setLength(0);
				line.append(id++).append(',');
				out.append(text(line, name).append('\n'));
			}
		}
		return List.of(this.work.resolve(label + ".csv"));
	}

	private List<Path> keyed(String label, Map<String, String> names, long first) throws IOException {
		try (Writer out = writer(label, ":ID,id,name")) {
			StringBuilder line = new StringBuilder();
			long id = first;
			for (Map.Entry<String, String> entry : names.entrySet()) {
				line.setLength(0);
				line.append(id++).append(',');
				text(line, entry.getKey()).append(',');
				out.append(text(line, entry.getValue()).append('\n'));
			}
		}
		return List.of(this.work.resolve(label + ".csv"));
	}

	/**
	 * The programmes with their kinds: none for those only people.csv or mentoring.csv
	 * named.
	 */
	private List<Path> programmeNodes(long first) throws IOException {
		try (Writer out = writer("Programme", ":ID,id,name,kind")) {
			StringBuilder line = new StringBuilder();
			long id = first;
			for (Map.Entry<String, String> entry : this.programmes.entrySet()) {
				line.setLength(0);
				line.append(id++).append(',');
				text(line, entry.getKey()).append(',');
				text(line, entry.getValue()).append(',');
				out.append(text(line, this.programmeKinds.get(entry.getKey())).append('\n'));
			}
		}
		return List.of(this.work.resolve("Programme.csv"));
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
		 * Writes the pairs as relationships from the person to the shared node whose id
		 * is {@code first} plus its position, with the {@code as} property when given.
		 */
		void write(BulkLoad load, String type, long first, List<String> as) throws IOException {
			StringBuilder line = new StringBuilder(64);
			String header = (as != null) ? ":START_ID,:END_ID,as" : ":START_ID,:END_ID";
			for (int i = 0; i < this.size; i += 2) {
				line.setLength(0);
				line.append(this.pairs[i]).append(',').append(first + this.pairs[i + 1]);
				if (as != null) {
					load.text(line.append(','), as.get(i / 2));
				}
				load.raw(type, header, line.append('\n'));
			}
		}

	}

	private void raw(String type, String header, CharSequence line) throws IOException {
		Writer out = this.relationships.get(type);
		if (out == null) {
			Path path = this.work.resolve("rel-" + type + ".csv");
			out = writer(path, header);
			this.relationships.put(type, out);
			this.relationshipPaths.put(type, path);
		}
		out.append(line);
	}

	private Writer writer(String label, String header) throws IOException {
		return writer(this.work.resolve(label + ".csv"), header);
	}

	private static Writer writer(Path path, String header) throws IOException {
		BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
		out.write(header);
		out.write('\n');
		return out;
	}

	/**
	 * A string cell: always quoted (so a comma or quote is data), a quote doubled; absent
	 * ({@code null}) is an empty unquoted cell, which the importer leaves unset, as the
	 * online import's {@code SET p.x = null} does.
	 */
	private StringBuilder text(StringBuilder line, String value) {
		if (value == null) {
			return line;
		}
		if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
			this.multiline = true;
		}
		line.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				line.append('"');
			}
			line.append(c);
		}
		return line.append('"');
	}

}
