package org.warmpath.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Neo4j's own offline importer (the one behind {@code neo4j-admin database import full})
 * run in-process on the folder {@link EmbeddedNeo4j#start} opens, before it opens it.
 *
 * <p>
 * Why: the importer writes the store files directly, in parallel, without transactions,
 * locks or index updates, which is one to two orders of magnitude faster than any
 * transactional write; the price is that it only works on a database that does not exist
 * yet, so it is used for the first load of an empty store only. The entities are handed
 * over in memory ({@link #run}); schema migrations (constraints, indexes) are applied
 * when the application starts on the loaded store, as on any other.
 */
public final class OfflineImport {

	private static final Logger log = LoggerFactory.getLogger(OfflineImport.class);

	private OfflineImport() {
	}

	/**
	 * Whether the default database of the DBMS home {@code home} has never been created,
	 * which is the only state the offline importer may write into.
	 * @param home the folder given to {@link EmbeddedNeo4j#start}
	 * @return true when there is no store for the default database yet
	 */
	public static boolean storeIsAbsent(Path home) {
		Path root = home.toAbsolutePath().normalize().resolve("data");
		return !Files.exists(root.resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
				&& !Files.exists(root.resolve("transactions").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
	}

	/**
	 * One kind of entity for the importer, handed over in memory: no file is written and
	 * none parsed.
	 *
	 * @param name the nodes' label ({@code A:B} for several) or the relationships' type
	 * @param count how many entities
	 * @param properties how many properties each has at most (for the importer's memory
	 * estimate)
	 * @param writer writes entity {@code i} of {@code count}
	 */
	public record Entities(String name, int count, int properties, EntityWriter writer) {

	}

	/**
	 * Writes one entity of an {@link Entities}: its id (or ends), then its properties.
	 */
	@FunctionalInterface
	public interface EntityWriter {

		/**
		 * Writes entity {@code index}.
		 * @param index from 0 to {@code count - 1}
		 * @param entity receives its id or ends and its properties
		 */
		void write(int index, Entity entity);

	}

	/**
	 * What an {@link EntityWriter} writes to: a node's id or a relationship's ends (node
	 * ids, used as they are: the importer keeps no id map), then the properties. A
	 * {@code null} value is no property, as an empty CSV cell is.
	 */
	public interface Entity {

		/** A node's id. */
		void id(long id);

		/** A relationship's start and end node ids. */
		void ends(long start, long end);

		/**
		 * A property: {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
		 * {@link Double}, {@link java.time.LocalDate} or {@link java.time.ZonedDateTime}
		 * (stored as the importer's CSV types {@code int}, {@code long}, {@code date},
		 * {@code datetime} store them), or a Neo4j {@code Value}.
		 */
		void property(String key, Object value);

	}

	/**
	 * Imports nodes and relationships handed over in memory into the absent default
	 * database of {@code home}.
	 *
	 * <p>
	 * Why in memory rather than CSV files: writing a CSV of every row, then the importer
	 * parsing it back (its date and datetime parsing alone was a third of its
	 * relationship stage) cost more CPU than the import's own work. The importer is still
	 * Neo4j's own command ({@code neo4j-admin database import full}, its configuration,
	 * memory settings, report and clean-up), run in-process; only its input is ours: the
	 * command is given one empty placeholder file and its CSV input is swapped for
	 * entities read straight from memory ({@link FedImport}). Node ids are used as they
	 * are ({@code --id-type=actual}): the importer keeps no id map.
	 * @param home the folder given to {@link EmbeddedNeo4j#start}
	 * @param nodes the nodes, ids unique across all of them
	 * @param relationships the relationships between those ids
	 * @throws IllegalStateException when the store exists or the importer fails (the
	 * half-written store is removed then)
	 */
	public static void run(Path home, List<Entities> nodes, List<Entities> relationships) {
		Path dir = home.toAbsolutePath().normalize();
		if (!storeIsAbsent(dir)) {
			throw new IllegalStateException("The offline import needs an empty store; " + dir + " has one");
		}
		long started = System.nanoTime();
		List<String> args = new ArrayList<>();
		Path placeholder;
		try {
			Files.createDirectories(dir);
			placeholder = Files.createTempFile("warmpath-import-", ".csv");
			Files.writeString(placeholder, ":ID\n");
			args.add(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			args.add("--report-file=" + dir.resolve("import.report"));
			args.add("--skip-bad-relationships=false");
			args.add("--skip-duplicate-nodes=false");
			args.add("--id-type=actual");
			args.add("--nodes=" + placeholder.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare " + dir + ": " + ex.getMessage(), ex);
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exit;
		try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
				PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			ExecutionContext context = new ExecutionContext(dir, dir.resolve("conf"), out, out, fs);
			CommandLine command = new CommandLine(new FedImport(context, new MemoryInput(nodes, relationships)));
			PrintWriter writer = new PrintWriter(out, true);
			command.setOut(writer);
			command.setErr(writer);
			command.setExecutionExceptionHandler((ex, line, parsed) -> {
				ex.printStackTrace(writer);
				return 70;
			});
			exit = command.execute(args.toArray(String[]::new));
		}
		finally {
			try {
				Files.deleteIfExists(placeholder);
			}
			catch (IOException ex) {
				log.debug("Could not remove {}: {}", placeholder, ex.getMessage());
			}
		}
		String printed = output.toString(StandardCharsets.UTF_8);
		if (exit != 0) {
			removeStore(dir);
			throw new IllegalStateException("Offline import failed (exit " + exit + "): " + tail(printed));
		}
		log.debug("Offline import output:\n{}", printed);
		int done = printed.lastIndexOf("IMPORT DONE");
		log.info("Offline import into {} took {} ms{}", dir, (System.nanoTime() - started) / 1_000_000,
				(done >= 0) ? ": " + printed.substring(done).strip().replace('\n', ' ') : "");
	}

	/**
	 * Neo4j's import command with its input swapped: everything the command sets up
	 * (configuration, memory, scheduler, bad-entry collector, report) stays its own.
	 */
	private static final class FedImport extends ImportCommand.Full {

		private final Input input;

		FedImport(ExecutionContext context, Input input) {
			super(context);
			this.input = input;
		}

		@Override
		protected void doImport(FileSystemAbstraction fs, DatabaseLayout layout, Config config, JobScheduler scheduler,
				InternalLogProvider logProvider, PageCacheTracer tracer, CursorContextFactory contexts,
				org.neo4j.batchimport.api.Configuration configuration, LogService logService, PrintStream out,
				PrintStream err, boolean verbose, Collector collector, MemoryTracker memory, Input placeholder)
				throws IOException {
			super.doImport(fs, layout, config, scheduler, logProvider, tracer, contexts, configuration, logService, out,
					err, verbose, collector, memory, this.input);
		}

	}

	/**
	 * After a failed import: the half-written store goes, so the folder is empty again.
	 */
	private static void removeStore(Path home) {
		Path data = home.resolve("data");
		for (Path dir : new Path[] { data.resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
				data.resolve("transactions").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) }) {
			if (!Files.exists(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
			catch (IOException ex) {
				log.warn("Could not remove the half-written store {}: {}", dir, ex.getMessage());
			}
		}
	}

	private static String tail(String text) {
		return (text.length() <= 4000) ? text : "..." + text.substring(text.length() - 4000);
	}

}
