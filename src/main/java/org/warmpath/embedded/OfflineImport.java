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
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
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
 * yet, so it is used for the first load of an empty store only. The files are in the
 * importer's CSV format (typed headers such as {@code id:ID(Person)},
 * {@code :START_ID(Person)}); schema migrations (constraints, indexes) are applied when
 * the application starts on the loaded store, as on any other.
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
	 * Imports node and relationship files into the absent default database of
	 * {@code home}.
	 * @param home the folder given to {@link EmbeddedNeo4j#start}
	 * @param nodes label (or {@code A:B}) to the files of those nodes, each with its own
	 * header line
	 * @param relationships relationship type to its files, each with its own header line
	 * @param multilineFields whether a quoted field may hold a line break (slower
	 * parsing)
	 * @param actualIds whether the files' ids are the node ids themselves (the id columns
	 * {@code :ID}, {@code :START_ID}, {@code :END_ID} hold numbers, unique across all
	 * node files, without id spaces): the importer then keeps no id map, which saves it
	 * sorting every id and a binary search for both ends of every relationship; otherwise
	 * string ids in id spaces such as {@code id:ID(Person)}
	 * @throws IllegalStateException when the store exists or the importer fails (the
	 * half-written store is removed then)
	 */
	public static void run(Path home, Map<String, List<Path>> nodes, Map<String, List<Path>> relationships,
			boolean multilineFields, boolean actualIds) {
		Path dir = home.toAbsolutePath().normalize();
		if (!storeIsAbsent(dir)) {
			throw new IllegalStateException("The offline import needs an empty store; " + dir + " has one");
		}
		long started = System.nanoTime();
		List<String> args = new ArrayList<>();
		try {
			Files.createDirectories(dir);
			// the database first: --nodes and --relationships take several values each
			args.add(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			args.add("--report-file=" + dir.resolve("import.report"));
			args.add("--multiline-fields=" + multilineFields);
			args.add("--skip-bad-relationships=false");
			args.add("--skip-duplicate-nodes=false");
			args.add("--id-type=" + (actualIds ? "actual" : "string"));
			nodes.forEach((label, files) -> args.add("--nodes=" + label + "=" + join(files)));
			relationships.forEach((type, files) -> args.add("--relationships=" + type + "=" + join(files)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare " + dir + ": " + ex.getMessage(), ex);
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exit;
		try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
				PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			ExecutionContext context = new ExecutionContext(dir, dir.resolve("conf"), out, out, fs);
			CommandLine command = new CommandLine(new ImportCommand.Full(context));
			PrintWriter writer = new PrintWriter(out, true);
			command.setOut(writer);
			command.setErr(writer);
			command.setExecutionExceptionHandler((ex, line, parsed) -> {
				ex.printStackTrace(writer);
				return 70;
			});
			exit = command.execute(args.toArray(String[]::new));
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

	private static String join(List<Path> files) {
		List<String> names = new ArrayList<>();
		for (Path file : files) {
			names.add(file.toAbsolutePath().toString());
		}
		return String.join(",", names);
	}

	private static String tail(String text) {
		return (text.length() <= 4000) ? text : "..." + text.substring(text.length() - 4000);
	}

}
