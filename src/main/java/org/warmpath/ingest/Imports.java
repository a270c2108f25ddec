package org.warmpath.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.MapAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import org.warmpath.cypher.Cypher;
import org.warmpath.projection.ChangeLog.Change;
import org.warmpath.people.People;
import org.warmpath.people.TieImport;
import org.warmpath.people.UpsertCounts;
import org.warmpath.projection.GraphChanged;
import org.warmpath.problems.Problems;

/**
 * Imports CSV files (HTTP, command line, demo load) into the graph: people and ties are
 * written through {@link People} (the same path as the People API), mentoring
 * relationships and LinkedIn connections by the import's own queries.
 *
 * <p>
 * A file is streamed, never held in memory as objects: rows are parsed, validated and
 * written in batches of {@code warmpath.ingest.batch-size} rows ({@code UNWIND $rows},
 * one transaction each, retried by the driver). In {@link ImportMode#STRICT} the file is
 * read twice: pass 1 validates everything (including, batch by batch, that referenced
 * people exist) and writes nothing if any row is rejected; pass 2 writes. In
 * {@link ImportMode#TOLERANT} one pass validates and writes the good rows. Every write is
 * an idempotent MERGE on business keys, so importing a file twice leaves the same graph,
 * and identical rows are counted {@code unchanged} without being rewritten.
 *
 * <p>
 * Memory: one batch of rows plus about 24 bytes per row for in-file duplicate detection
 * (see {@link FirstLines}); a million connections need about 48 MB at worst.
 */
@Service
public class Imports {

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	private static final long PROGRESS_EVERY = 10_000;

	/**
	 * Connection imports run one at a time in a JVM: on the embedded database a batch
	 * creates its new ties without write-locking their people, and looks for an existing
	 * tie only where both people had one when the import began ({@link TieImport}), which
	 * is safe against every other tie write and between the batches of one file (a file
	 * names a pair once), not between two imports' batches naming one pair. The embedded
	 * database is only ever in one JVM.
	 */
	private static final ReentrantLock CONNECTIONS = new ReentrantLock();

	private final Driver driver;

	private final IngestProperties properties;

	private final org.warmpath.cypher.Writes writes;

	private final ApplicationEventPublisher events;

	private final People people;

	/**
	 * Imports whose own writes (programmes.csv) go through the driver; people, ties and
	 * the rest go through {@code people}'s writes.
	 */
	public Imports(Driver driver, IngestProperties properties, ApplicationEventPublisher events, People people) {
		this(driver, org.warmpath.cypher.Writes.through(driver), properties, events, people);
	}

	@Autowired
	public Imports(Driver driver, org.warmpath.cypher.Writes writes, IngestProperties properties,
			ApplicationEventPublisher events, People people) {
		this.driver = driver;
		this.writes = writes;
		this.properties = properties;
		this.events = events;
		this.people = people;
	}

	// ---- programmes.csv --------------------------------------------------------------

	/**
	 * Imports programmes.csv ({@code id,name,kind}) from a stream: each row is MERGEd on
	 * the programme's id, so the same file twice changes nothing. Import it before
	 * people.csv and mentoring.csv when those name the programmes, so that they find the
	 * programmes with their kinds.
	 * @param csv the file's bytes, UTF-8
	 * @param mode strict or tolerant
	 * @return the report
	 */
	public ImportReport importProgrammes(InputStream csv, ImportMode mode) {
		return fromStream(csv, mode, file -> importProgrammes(file, mode, ImportProgress.NONE));
	}

	/**
	 * Imports programmes.csv from a file. Programmes are not part of the projection, so
	 * the batches name no change for it (an empty change list: nothing to apply, nothing
	 * to re-read).
	 */
	public ImportReport importProgrammes(Path file, ImportMode mode, ImportProgress progress) {
		return run("programmes", () -> Files.newInputStream(file), Formats.PROGRAMMES, null, this::writeProgrammes,
				mode, progress, 1, true);
	}

	private UpsertCounts writeProgrammes(List<ProgrammeRow> rows) {
		String query = Cypher.query("ingest/programmes-upsert");
		List<Map<String, Object>> parameters = rows.stream().map(ProgrammeRow::parameters).toList();
		// the embedded database's own transaction when there is one, as every other
		// write: no Bolt round trips
		return this.writes.execute((tx) -> {
			MapAccessor r = tx.single(query, Map.of("rows", parameters));
			return new UpsertCounts(r.get("created").asLong(), r.get("updated").asLong(), r.get("unchanged").asLong(),
					List.of(), List.of());
		});
	}

	// ---- people.csv ------------------------------------------------------------------

	/**
	 * Imports people.csv from a stream (spooled to a temporary file first, since strict
	 * mode reads it twice).
	 * @param csv the file's bytes, UTF-8
	 * @param mode strict or tolerant
	 * @return the report
	 */
	public ImportReport importPeople(InputStream csv, ImportMode mode) {
		return importPeople(csv, mode, ImportProgress.NONE);
	}

	/**
	 * As {@link #importPeople(InputStream, ImportMode)}, telling {@code progress} how far
	 * it got.
	 */
	public ImportReport importPeople(InputStream csv, ImportMode mode, ImportProgress progress) {
		return fromStream(csv, mode, file -> importPeople(file, mode, progress));
	}

	/** Imports people.csv from a file. */
	public ImportReport importPeople(Path file, ImportMode mode, ImportProgress progress) {
		return run("people", () -> Files.newInputStream(file), Formats.PEOPLE, null, this.people::importPeople, mode,
				progress, this.properties.peopleWriters(), false);
	}

	// ---- connections.csv -------------------------------------------------------------

	/**
	 * Imports connections.csv from a stream; every id must be a person already in the
	 * graph (import people first).
	 */
	public ImportReport importConnections(InputStream csv, ImportMode mode) {
		return importConnections(csv, mode, ImportProgress.NONE);
	}

	/** As {@link #importConnections(InputStream, ImportMode)} with progress. */
	public ImportReport importConnections(InputStream csv, ImportMode mode, ImportProgress progress) {
		return fromStream(csv, mode, file -> importConnections(file, mode, TieSource.IMPORT, progress));
	}

	/**
	 * Imports connections.csv from a file.
	 * @param file the file
	 * @param mode strict or tolerant
	 * @param source the origin recorded on new ties ({@code import}, or {@code demo})
	 * @param progress told how far it got
	 * @return the report
	 */
	public ImportReport importConnections(Path file, ImportMode mode, TieSource source, ImportProgress progress) {
		CONNECTIONS.lock();
		try {
			// started by the first batch written, so a strict import that its validating
			// pass rejects does not pay for it; a connections row takes 6 bytes at the
			// least ("a,b,1" and a newline)
			long rowsAtMost = sizeOf(file) / 6;
			SingletonSupplier<TieImport> started = SingletonSupplier.of(() -> this.people.startTieImport(rowsAtMost));
			// the batches look their people up themselves and name the unknown ones
			return run("connections", () -> Files.newInputStream(file), Formats.CONNECTIONS,
					tie -> List.of(tie.source(), tie.target()),
					rows -> this.people.importTies(rows, source.value(), started.obtain()), mode, progress,
					this.properties.connectionWriters(), false, true);
		}
		finally {
			CONNECTIONS.unlock();
		}
	}

	// ---- mentoring.csv ---------------------------------------------------------------

	/**
	 * Imports mentoring.csv ({@code mentor,mentee,since,status,programme}) from a stream;
	 * both ids must be people already in the graph.
	 */
	public ImportReport importMentoring(InputStream csv, ImportMode mode) {
		return importMentoring(csv, mode, ImportProgress.NONE);
	}

	/** As {@link #importMentoring(InputStream, ImportMode)} with progress. */
	public ImportReport importMentoring(InputStream csv, ImportMode mode, ImportProgress progress) {
		return fromStream(csv, mode, file -> importMentoring(file, mode, progress));
	}

	/** Imports mentoring.csv from a file. */
	public ImportReport importMentoring(Path file, ImportMode mode, ImportProgress progress) {
		return run("mentoring", () -> Files.newInputStream(file), Formats.MENTORING,
				m -> List.of(m.mentor(), m.mentee()), rows -> this.people.write("ingest/mentoring-upsert",
						Change.added(), rows, MentoringRow::parameters, Map.of()),
				mode, progress);
	}

	// ---- LinkedIn Connections.csv ----------------------------------------------------

	/**
	 * Imports one owner's LinkedIn Connections.csv: each connection becomes a person
	 * keyed on the profile URL ({@code li:<slug>}) tied to the owner.
	 * @param ownerPersonId the person whose export it is
	 * @param csv the export's bytes
	 * @param mode strict or tolerant
	 * @return the report
	 * @throws org.springframework.web.ErrorResponseException 404 when the owner is not a
	 * person
	 */
	public ImportReport importLinkedIn(String ownerPersonId, InputStream csv, ImportMode mode) {
		return importLinkedIn(ownerPersonId, csv, mode, ImportProgress.NONE);
	}

	/** As {@link #importLinkedIn(String, InputStream, ImportMode)} with progress. */
	public ImportReport importLinkedIn(String ownerPersonId, InputStream csv, ImportMode mode,
			ImportProgress progress) {
		requirePerson(ownerPersonId);
		return fromStream(csv, mode, file -> importLinkedIn(ownerPersonId, file, mode, progress));
	}

	/** Imports one owner's LinkedIn Connections.csv from a file. */
	public ImportReport importLinkedIn(String ownerPersonId, Path file, ImportMode mode, ImportProgress progress) {
		String owner = requirePerson(ownerPersonId);
		return run("linkedin", () -> Files.newInputStream(file), linkedInFormat(owner, null), null,
				rows -> this.people.write("ingest/linkedin-upsert", Change.added(), rows, row -> {
					Map<String, Object> parameters = row.parameters();
					boolean ownerFirst = owner.compareTo(row.id()) < 0;
					parameters.put("a", ownerFirst ? owner : row.id());
					parameters.put("b", ownerFirst ? row.id() : owner);
					return parameters;
				}, Map.of("owner", owner, "strength", this.properties.linkedinStrength())), mode, progress, 1, false);
	}

	/**
	 * Imports a member's own LinkedIn Connections.csv (see {@link MyLinkedInImport}): the
	 * same parsing, validation and modes as {@link #importLinkedIn}, rows written by
	 * {@code writer}, and the changes its batches name applied to the projection in
	 * place.
	 * @param ownerPersonId the member's person
	 * @param csv the export's bytes
	 * @param mode strict (nothing written when a row is rejected) or tolerant
	 * @param writer writes one batch and says what it changed
	 * @return the report
	 */
	ImportReport importMyLinkedIn(String ownerPersonId, InputStream csv, ImportMode mode,
			Function<List<LinkedInRow>, UpsertCounts> writer) {
		String owner = requirePerson(ownerPersonId);
		String ownUrl;
		try (Session session = session()) {
			ownUrl = session.executeRead(tx -> tx.run(Cypher.query("ingest/linkedin-owner"), Map.of("id", owner))
				.single()
				.get("linkedinUrl")
				.asString(null));
		}
		return fromStream(csv, mode, file -> run("my linkedin", () -> Files.newInputStream(file),
				linkedInFormat(owner, ownUrl), null, writer::apply, mode, ImportProgress.NONE, 1, true));
	}

	/**
	 * LinkedIn's format for one owner: a row naming the owner themselves (by id, or by
	 * their own profile URL when known) is rejected as a self-tie.
	 */
	private static RowFormat<LinkedInRow> linkedInFormat(String owner, String ownUrl) {
		return new RowFormat<>() {

			@Override
			public String name() {
				return Formats.LINKEDIN.name();
			}

			@Override
			public List<String> required() {
				return Formats.LINKEDIN.required();
			}

			@Override
			public boolean isHeader(List<String> cells) {
				return Formats.LINKEDIN.isHeader(cells);
			}

			@Override
			public int maxPreamble() {
				return Formats.LINKEDIN.maxPreamble();
			}

			@Override
			public LinkedInRow parse(CsvRow row) {
				LinkedInRow parsed = Formats.LINKEDIN.parse(row);
				if (parsed.id().equals(owner) || parsed.linkedinUrl().equals(ownUrl)) {
					throw new IllegalArgumentException("self-tie: " + parsed.linkedinUrl() + " is the owner");
				}
				return parsed;
			}

			@Override
			public String key(LinkedInRow row) {
				return Formats.LINKEDIN.key(row);
			}

			@Override
			public String duplicate(LinkedInRow row, long firstLine) {
				return Formats.LINKEDIN.duplicate(row, firstLine);
			}

		};
	}

	/** Whether the graph holds no person at all. */
	boolean graphIsEmpty() {
		try (Session session = session()) {
			return !session
				.executeRead(tx -> tx.run(Cypher.query("ingest/any-person")).single().get("any").asBoolean());
		}
	}

	// ---- the pipeline ----------------------------------------------------------------

	@FunctionalInterface
	private interface Input {

		InputStream open() throws IOException;

	}

	@FunctionalInterface
	private interface BatchWriter<T> {

		UpsertCounts write(List<T> rows);

	}

	private ImportReport fromStream(InputStream csv, ImportMode mode, Function<Path, ImportReport> importer) {
		Path spool = null;
		try {
			spool = Files.createTempFile("warmpath-import-", ".csv");
			Files.copy(csv, spool, StandardCopyOption.REPLACE_EXISTING);
			return importer.apply(spool);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (spool != null) {
				try {
					Files.deleteIfExists(spool);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}: {}", spool, ex.getMessage());
				}
			}
		}
	}

	private <T> ImportReport run(String what, Input input, RowFormat<T> format, Function<T, List<String>> references,
			BatchWriter<T> writer, ImportMode mode, ImportProgress progress) {
		return run(what, input, format, references, writer, mode, progress, 1, false);
	}

	private <T> ImportReport run(String what, Input input, RowFormat<T> format, Function<T, List<String>> references,
			BatchWriter<T> writer, ImportMode mode, ImportProgress progress, int writers, boolean inPlace) {
		return run(what, input, format, references, writer, mode, progress, writers, inPlace, false);
	}

	/**
	 * As above, writing up to {@code writers} batches at once (see {@link Writes}); with
	 * {@code inPlace} the changes the batches name are applied to the projection in place
	 * (a re-read when some batch could not name them), else the projection is re-read.
	 * With {@code writerFindsUnknown} a pass that writes leaves the check for unknown
	 * people to the writer ({@link UpsertCounts#unknown()}), which looks them up anyway;
	 * a pass that only validates checks them first, as every pass does otherwise.
	 */
	private <T> ImportReport run(String what, Input input, RowFormat<T> format, Function<T, List<String>> references,
			BatchWriter<T> writer, ImportMode mode, ImportProgress progress, int writers, boolean inPlace,
			boolean writerFindsUnknown) {
		long started = System.nanoTime();
		Errors errors = new Errors(this.properties.maxErrors());
		Pass pass;
		if (mode == ImportMode.STRICT) {
			pass = pass(input, format, references, null, false, errors, "validating", progress, writers);
			if (errors.rejected == 0) {
				pass = pass(input, format, references, writer, writerFindsUnknown, errors, "writing", progress,
						writers);
			}
		}
		else {
			pass = pass(input, format, references, writer, writerFindsUnknown, errors, "importing", progress, writers);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		UpsertCounts counts = pass.counts;
		if (counts.wrote()) {
			if (inPlace && counts.changes() != null) {
				this.events.publishEvent(new GraphChanged(what, counts.changes()));
			}
			else {
				publishChanged(what);
			}
		}
		List<Long> kept = new ArrayList<>(pass.consentKeptLines);
		Collections.sort(kept);
		ImportReport report = new ImportReport(counts.created(), counts.updated(), counts.unchanged(), errors.rejected,
				errors.sorted(), pass.rows, millis, pass.consentKept, kept, counts.keptRemoved());
		log.info("Imported {}: {} rows in {} ms, created {}, updated {}, unchanged {}, rejected {}", what,
				report.rows(), millis, report.created(), report.updated(), report.unchanged(), report.rejected());
		return report;
	}

	private static final class Errors {

		private final int max;

		private final List<ImportReport.RowError> list = new ArrayList<>();

		private long rejected;

		Errors(int max) {
			this.max = max;
		}

		void add(long line, String message) {
			this.rejected++;
			if (this.list.size() < this.max) {
				this.list.add(new ImportReport.RowError(line, message));
			}
		}

		List<ImportReport.RowError> sorted() {
			List<ImportReport.RowError> sorted = new ArrayList<>(this.list);
			sorted.sort(Comparator.comparingLong(ImportReport.RowError::line));
			return sorted;
		}

	}

	private static final class Pass {

		UpsertCounts counts = UpsertCounts.ZERO;

		long rows;

		/** Rows whose consent was the person's own and was kept. */
		long consentKept;

		/** Their lines, the first {@code max-errors} of them. */
		final List<Long> consentKeptLines = new ArrayList<>();

	}

	private <T> Pass pass(Input input, RowFormat<T> format, Function<T, List<String>> references, BatchWriter<T> writer,
			boolean writerFindsUnknown, Errors errors, String phase, ImportProgress progress, int writers) {
		Pass pass = new Pass();
		int batchSize = this.properties.batchSize();
		List<T> batch = new ArrayList<>(Math.min(batchSize, 10_000));
		List<Long> lines = new ArrayList<>(Math.min(batchSize, 10_000));
		// Told after every batch when batches are small (a crash test stops the import
		// after a known number of committed batches), at most every PROGRESS_EVERY rows.
		long every = Math.min(PROGRESS_EVERY, batchSize);
		long[] seen = { 0 };
		long[] told = { 0 };
		Writes<T> writes = new Writes<>(pass, format, (writer != null) ? writers : 1, references, errors);
		Runnable flush = () -> {
			if (batch.isEmpty()) {
				return;
			}
			List<T> good = batch;
			if (references != null && !(writer != null && writerFindsUnknown)) {
				good = checkReferences(batch, lines, references, errors);
			}
			if (writer != null && !good.isEmpty()) {
				writes.write(writer, good, (good == batch) ? lines : List.of());
			}
			batch.clear();
			lines.clear();
		};
		RowReader.Sink<T> sink = new RowReader.Sink<>() {

			@Override
			public void accept(long line, T row) {
				batch.add(row);
				lines.add(line);
				if (batch.size() >= batchSize) {
					flush.run();
				}
				tick();
			}

			@Override
			public void reject(long line, String message) {
				errors.add(line, message);
				tick();
			}

			private void tick() {
				if (++seen[0] % every == 0) {
					// rows of batches still being written are not told as written yet
					long done = Math.max(told[0], seen[0] - writes.pendingRows());
					if (done > told[0] || writes.pendingRows() == 0) {
						told[0] = done;
						progress.progress(phase, done);
					}
				}
			}

		};
		try (InputStream in = input.open(); writes) {
			RowReader.Outcome outcome = RowReader.read(in, format, sink);
			flush.run();
			writes.finish();
			pass.rows = outcome.rows();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		progress.progress(phase, pass.rows);
		return pass;
	}

	/**
	 * The batches of a pass being written: one after the other on the reading thread, or
	 * with {@code writers > 1} up to that many at once, each in its own transaction, on
	 * worker threads while the next batch is read and checked. Results are taken in the
	 * order the batches were read. A batch that fails stops the pass: the batches already
	 * started are waited for (nothing goes on writing after the import returns) and the
	 * failure is thrown, exactly as a failed batch of a sequential import would be;
	 * committed batches stay, as they do there.
	 */
	private final class Writes<T> implements AutoCloseable {

		private final Pass pass;

		private final RowFormat<T> format;

		private final int writers;

		private final ExecutorService pool;

		private final Deque<Pending> pending = new ArrayDeque<>();

		private final Function<T, List<String>> references;

		private final Errors errors;

		private long pendingRows;

		private record Pending(Future<UpsertCounts> result, List<Object> rows, List<Long> lines) {
		}

		Writes(Pass pass, RowFormat<T> format, int writers, Function<T, List<String>> references, Errors errors) {
			this.pass = pass;
			this.format = format;
			this.writers = writers;
			this.references = references;
			this.errors = errors;
			this.pool = (writers > 1) ? Executors.newFixedThreadPool(writers, (task) -> {
				Thread thread = new Thread(task, "warmpath-import-writer");
				thread.setDaemon(true);
				return thread;
			}) : null;
		}

		long pendingRows() {
			return this.pendingRows;
		}

		void write(BatchWriter<T> writer, List<T> rows, List<Long> lines) {
			if (this.pool == null) {
				add(writer.write(rows), rows, lines);
				return;
			}
			while (this.pending.size() >= this.writers) {
				takeOldest();
			}
			List<T> copy = List.copyOf(rows);
			List<Long> copyLines = List.copyOf(lines);
			this.pending.add(new Pending(this.pool.submit(() -> writer.write(copy)), List.copyOf(copy), copyLines));
			this.pendingRows += copy.size();
		}

		/** Waits for every batch still being written. */
		void finish() {
			while (!this.pending.isEmpty()) {
				takeOldest();
			}
		}

		@SuppressWarnings("unchecked")
		private void takeOldest() {
			Pending oldest = this.pending.peekFirst();
			UpsertCounts counts = await(oldest.result());
			this.pending.removeFirst();
			this.pendingRows -= oldest.rows().size();
			add(counts, (List<T>) oldest.rows(), oldest.lines());
		}

		private void add(UpsertCounts counts, List<T> rows, List<Long> lines) {
			if (!counts.unknown().isEmpty()) {
				// rows the writer left out: rejected as a check before writing would have
				rejectUnknown(rows, lines, new HashSet<>(counts.unknown()), this.references, this.errors);
				counts = counts.withUnknown(List.of());
			}
			if (!counts.consentKept().isEmpty()) {
				keptConsent(this.pass, counts.consentKept(), rows, lines, this.format);
				counts = new UpsertCounts(counts.created(), counts.updated(), counts.unchanged());
			}
			this.pass.counts = this.pass.counts.plus(counts);
		}

		private static UpsertCounts await(Future<UpsertCounts> result) {
			try {
				return result.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while a batch was being written", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		/**
		 * After a failure: waits for the batches already started, then stops the pool.
		 */
		@Override
		public void close() {
			if (this.pool == null) {
				return;
			}
			for (Pending left : this.pending) {
				try {
					left.result().get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
				catch (ExecutionException ex) {
					log.debug("A batch written alongside a failed one failed too: {}", ex.getCause().toString());
				}
			}
			this.pending.clear();
			this.pool.shutdownNow();
		}

	}

	/**
	 * Notes the lines of the rows whose consent was kept. Only people.csv keeps consent,
	 * and its batches are written whole ({@code good} is the batch, so {@code lines}
	 * matches it row for row); ids are unique in a file.
	 */
	private <T> void keptConsent(Pass pass, List<String> ids, List<T> good, List<Long> lines, RowFormat<T> format) {
		pass.consentKept += ids.size();
		Set<String> kept = new HashSet<>(ids);
		for (int i = 0; i < good.size() && i < lines.size(); i++) {
			if (kept.contains(format.key(good.get(i))) && pass.consentKeptLines.size() < this.properties.maxErrors()) {
				pass.consentKeptLines.add(lines.get(i));
			}
		}
	}

	/** Rejects the rows of a batch that name a person the graph does not have. */
	private <T> List<T> checkReferences(List<T> batch, List<Long> lines, Function<T, List<String>> references,
			Errors errors) {
		Set<String> ids = new LinkedHashSet<>();
		for (T row : batch) {
			ids.addAll(references.apply(row));
		}
		Set<String> missing = this.people.missing(ids);
		if (missing.isEmpty()) {
			return batch;
		}
		return rejectUnknown(batch, lines, missing, references, errors);
	}

	/**
	 * Rejects the rows that name one of {@code missing}, each with its line and the ids
	 * it named that the graph does not have.
	 * @return the other rows
	 */
	private static <T> List<T> rejectUnknown(List<T> batch, List<Long> lines, Set<String> missing,
			Function<T, List<String>> references, Errors errors) {
		List<T> good = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			List<String> unknown = new ArrayList<>(2);
			for (String id : references.apply(batch.get(i))) {
				if (missing.contains(id)) {
					unknown.add("'" + Text.shorten(id) + "'");
				}
			}
			if (unknown.isEmpty()) {
				good.add(batch.get(i));
			}
			else {
				errors.add(lines.get(i),
						"unknown person " + String.join(" and ", unknown) + " (not in the graph; import people first)");
			}
		}
		return good;
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Tells the projection (and anyone else listening) that people or ties changed. */
	private void publishChanged(String what) {
		this.events.publishEvent(new GraphChanged(what));
	}

	private String requirePerson(String id) {
		String owner = Text.clean(id);
		if (owner == null || !this.people.exists(owner)) {
			throw Problems.notFound("person", String.valueOf(id));
		}
		return owner;
	}

	/**
	 * Sessions share the bookmarks of {@code driver.executableQuery}, so a check reads
	 * what an earlier write (of this or another module) wrote, even on a cluster.
	 */
	private Session session() {
		return Cypher.session(this.driver);
	}

}
