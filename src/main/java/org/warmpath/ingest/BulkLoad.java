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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.warmpath.embedded.OfflineImport;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
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

	private final Set<String> people = new HashSet<>();

	private final Map<String, String> organisations = new LinkedHashMap<>();

	private final Map<String, String> programmes = new LinkedHashMap<>();

	/** The kind of each programme programmes.csv names; the others have none. */
	private final Map<String, String> programmeKinds = new LinkedHashMap<>();

	private final Set<String> specialties = new LinkedHashSet<>();

	private final Set<String> regions = new LinkedHashSet<>();

	private final Set<String> skills = new LinkedHashSet<>();

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
			try (Writer peopleOut = Files.newBufferedWriter(peopleCsv, StandardCharsets.UTF_8);
					Writer mentoringOut = Files.newBufferedWriter(mentoringCsv, StandardCharsets.UTF_8);
					Writer programmesOut = Files.newBufferedWriter(programmesCsv, StandardCharsets.UTF_8)) {
				StringBuilder line = new StringBuilder(128);
				generator.generate(people, seed, peopleOut, (source, target, strength, context, since) -> {
					line.setLength(0);
					load.tieLine(line, source, target, Double.parseDouble(strength), context, since);
					ties[0]++;
				}, mentoringOut, programmesOut);
			}
			long programmes = load.programmes(programmesCsv);
			long persons = load.people(peopleCsv);
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
		OfflineImport.run(home, nodes, relationshipFiles(), this.multiline);
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
			this.programmes.put(row.id(), row.name());
			this.programmeKinds.put(row.id(), (row.kind() != null) ? row.kind() : "other");
			count[0]++;
		});
		return count[0];
	}

	private long people(Path csv) throws IOException {
		long[] count = { 0 };
		try (Writer out = writer("Person", "id:ID(Person),name,headline,grade,seniority:long,"
				+ "openToIntroductions:boolean,openToMentoring:boolean,mentorCapacity:long,connectionVisibility,"
				+ "fingerprint,createdAt:datetime,updatedAt:datetime")) {
			read(csv, Formats.PEOPLE, (row) -> {
				this.people.add(row.id());
				StringBuilder line = new StringBuilder(256);
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
				out.write(line.toString());
				if (row.specialty() != null) {
					this.specialties.add(row.specialty());
					relationship("SPECIALISES_IN", ":START_ID(Person),:END_ID(Specialty)", row.id(), row.specialty());
				}
				if (row.region() != null) {
					this.regions.add(row.region());
					relationship("BASED_IN", ":START_ID(Person),:END_ID(Region)", row.id(), row.region());
				}
				if (row.organisation() != null) {
					this.organisations.putIfAbsent(row.organisationId(), row.organisation());
					relationship("WORKS_AT", ":START_ID(Person),:END_ID(Organisation)", row.id(), row.organisationId());
				}
				for (String skill : row.skills()) {
					this.skills.add(skill);
					relationship("HAS_SKILL", ":START_ID(Person),:END_ID(Skill)", row.id(), skill);
				}
				for (Map<String, Object> membership : row.memberships()) {
					String id = (String) membership.get("id");
					this.programmes.putIfAbsent(id, (String) membership.get("name"));
					relationship("MEMBER_OF", ":START_ID(Person),:END_ID(Programme),as", row.id(), id,
							(String) membership.get("as"));
				}
				count[0]++;
			});
		}
		return count[0];
	}

	private long ties(Path csv) throws IOException {
		long[] count = { 0 };
		read(csv, Formats.CONNECTIONS, (row) -> {
			if (!known("connections.csv", row.source(), row.target())) {
				return;
			}
			tieLine(new StringBuilder(128), row.source(), row.target(), row.strength(), row.context(),
					(row.since() != null) ? row.since().toString() : null);
			count[0]++;
		});
		return count[0];
	}

	/**
	 * One KNOWS line, stored once from the smaller id to the larger as the online import
	 * stores it; shared by the CSV path and the demo generator's direct path so both
	 * write the same bytes.
	 */
	private void tieLine(StringBuilder line, String a, String b, double strength, String context, String since)
			throws IOException {
		boolean ordered = a.compareTo(b) < 0;
		text(line, ordered ? a : b).append(',');
		text(line, ordered ? b : a).append(',');
		line.append(strength).append(',');
		text(line, context).append(',');
		if (since != null) {
			line.append(since);
		}
		line.append(',').append(this.source.value()).append(',').append(DATETIME).append('\n');
		raw("KNOWS", ":START_ID(Person),:END_ID(Person),strength:double,context,since:date,source,createdAt:datetime",
				line);
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
			text(line, row.mentor()).append(',');
			text(line, row.mentee()).append(',');
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
					if (this.programmes.putIfAbsent(programmeId, row.programme()) == null) {
						idByName.put(row.programme(), programmeId);
					}
				}
			}
			text(line, programmeId).append('\n');
			raw("MENTORS", ":START_ID(Person),:END_ID(Person),since:date,status,programme", line);
			count[0]++;
		});
		return count[0];
	}

	private boolean known(String file, String a, String b) {
		boolean knownA = this.people.contains(a);
		boolean knownB = this.people.contains(b);
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

	private Map<String, List<Path>> sharedNodes() throws IOException {
		Map<String, List<Path>> nodes = new LinkedHashMap<>();
		nodes.put("Person", List.of(this.work.resolve("Person.csv")));
		nodes.put("Specialty", names("Specialty", this.specialties));
		nodes.put("Region", names("Region", this.regions));
		nodes.put("Skill", names("Skill", this.skills));
		nodes.put("Organisation", keyed("Organisation", this.organisations));
		nodes.put("Programme", programmeNodes());
		for (Writer out : this.relationships.values()) {
			out.close();
		}
		return nodes;
	}

	private Map<String, List<Path>> relationshipFiles() {
		Map<String, List<Path>> files = new LinkedHashMap<>();
		this.relationshipPaths.forEach((type, path) -> files.put(type, List.of(path)));
		return files;
	}

	private List<Path> names(String label, Set<String> names) throws IOException {
		try (Writer out = writer(label, "name:ID(" + label + ")")) {
			StringBuilder line = new StringBuilder();
			for (String name : names) {
				line.setLength(0);
				out.write(text(line, name).append('\n').toString());
			}
		}
		return List.of(this.work.resolve(label + ".csv"));
	}

	private List<Path> keyed(String label, Map<String, String> names) throws IOException {
		try (Writer out = writer(label, "id:ID(" + label + "),name")) {
			StringBuilder line = new StringBuilder();
			for (Map.Entry<String, String> entry : names.entrySet()) {
				line.setLength(0);
				text(line, entry.getKey()).append(',');
				out.write(text(line, entry.getValue()).append('\n').toString());
			}
		}
		return List.of(this.work.resolve(label + ".csv"));
	}

	/**
	 * The programmes with their kinds: none for those only people.csv or mentoring.csv
	 * named.
	 */
	private List<Path> programmeNodes() throws IOException {
		try (Writer out = writer("Programme", "id:ID(Programme),name,kind")) {
			StringBuilder line = new StringBuilder();
			for (Map.Entry<String, String> entry : this.programmes.entrySet()) {
				line.setLength(0);
				text(line, entry.getKey()).append(',');
				text(line, entry.getValue()).append(',');
				out.write(text(line, this.programmeKinds.get(entry.getKey())).append('\n').toString());
			}
		}
		return List.of(this.work.resolve("Programme.csv"));
	}

	private void relationship(String type, String header, String... cells) throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			text(line, cells[i]);
		}
		raw(type, header, line.append('\n'));
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
