package org.warmpath.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.ErrorResponseException;
import org.warmpath.WarmPathApplication;
import org.warmpath.backup.BackupDatabase;
import org.warmpath.backup.GraphBackup;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;

/**
 * The command-line actions of the WarmPath jar: generate the demo network as CSV files,
 * and import files into the configured database (embedded data folder or external server,
 * from the same settings and environment variables as the web app) without starting the
 * web server.
 *
 * <p>
 * Exit codes: 0 success, 1 rows rejected or the import failed, 2 usage error.
 */
public final class Cli {

	private static final Set<String> COMMANDS = Set.of("generate", "import", "backup", "restore", "help", "--help",
			"-h");

	private static final String USAGE = """
			Usage:
			  warmpath generate --people N [--seed S] --out DIR
			      write people.csv, connections.csv and mentoring.csv of a synthetic network (100..1000000 people)
			  warmpath import people|connections|mentoring FILE [--tolerant]
			  warmpath import linkedin FILE --owner PERSON_ID [--tolerant]
			      import into the database configured by WARMPATH_NEO4J_URI (default: the embedded one in
			      WARMPATH_DATA_DIR, ./data); strict by default: any rejected row and nothing is written
			  warmpath backup --out FILE [--data-dir DIR]
			      online-safe logical snapshot (JSON lines) of the whole graph in one read transaction,
			      with its content hash; against WARMPATH_NEO4J_URI when set (for a running embedded app:
			      bolt://127.0.0.1:7687), else the embedded database in --data-dir or WARMPATH_DATA_DIR
			  warmpath restore --in FILE [--data-dir DIR]
			      restore a backup into an empty database (refused with exit code 2 otherwise) and check
			      that the restored graph has the backup's content hash
			  warmpath --help

			Exit codes: 0 success, 1 rows rejected or import, backup or restore failed, 2 usage error
			(or restore into a database that is not empty).
			""";

	private Cli() {
	}

	/**
	 * Whether the arguments name a command-line action rather than the web app.
	 * @param args the program arguments
	 * @return whether {@link #run(String[])} should handle them
	 */
	public static boolean handles(String[] args) {
		return args != null && args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * Runs the action.
	 * @param args the program arguments
	 * @return the exit code
	 */
	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || !COMMANDS.contains(args[0])) {
			err.print(USAGE);
			return 2;
		}
		try {
			return switch (args[0]) {
				case "generate" -> generate(Arguments.parse(args, 1), out);
				case "import" -> importFile(Arguments.parse(args, 1), out, err);
				case "backup" -> backup(Arguments.parse(args, 1), out, err);
				case "restore" -> restore(Arguments.parse(args, 1), out, err);
				default -> {
					out.print(USAGE);
					yield 0;
				}
			};
		}
		catch (UsageException ex) {
			err.println("warmpath: " + ex.getMessage());
			err.println();
			err.print(USAGE);
			return 2;
		}
	}

	private static int generate(Arguments a, PrintStream out) {
		a.expectPositional(0);
		long people = a.integer("--people", null);
		long seed = a.integer("--seed", 42L);
		Path dir = Path.of(a.required("--out"));
		a.expectNoMore();
		if (people < DemoNetworkGenerator.MIN_PEOPLE || people > DemoNetworkGenerator.MAX_PEOPLE) {
			throw new UsageException("--people must be between " + DemoNetworkGenerator.MIN_PEOPLE + " and "
					+ DemoNetworkGenerator.MAX_PEOPLE);
		}
		long started = System.nanoTime();
		try {
			DemoNetwork network = new DemoNetworkGenerator().generate((int) people, seed, dir);
			out.printf(Locale.ROOT,
					"Generated %,d people, %,d ties, %,d mentoring relationships (seed %d) in %.1f s into %s%n",
					network.people(), network.ties(), network.mentoringRelations(), seed,
					(System.nanoTime() - started) / 1e9, dir.toAbsolutePath());
			return 0;
		}
		catch (IOException ex) {
			throw new UsageException("cannot write to " + dir + ": " + ex.getMessage());
		}
	}

	private static int importFile(Arguments a, PrintStream out, PrintStream err) {
		a.expectPositional(2);
		String kind = a.positional(0);
		Path file = Path.of(a.positional(1));
		ImportMode mode = a.flag("--tolerant") ? ImportMode.TOLERANT : ImportMode.STRICT;
		String owner = kind.equals("linkedin") ? a.required("--owner") : null;
		a.expectNoMore();
		if (!List.of("people", "connections", "mentoring", "linkedin").contains(kind)) {
			throw new UsageException("unknown import '" + kind + "'; use people, connections, mentoring or linkedin");
		}
		if (!Files.isReadable(file)) {
			throw new UsageException("cannot read " + file);
		}
		try (ConfigurableApplicationContext context = importContext()) {
			Imports imports = context.getBean(Imports.class);
			Progress progress = new Progress(out);
			out.printf("Importing %s from %s (%s)%n", kind, file, mode.name().toLowerCase(Locale.ROOT));
			ImportReport report = importFile(imports, kind, file, mode, owner, progress);
			print(report, mode, out);
			return (report.rejected() > 0) ? 1 : 0;
		}
		catch (ErrorResponseException ex) {
			err.println("warmpath: " + ex.getBody().getDetail());
			return 2;
		}
		catch (RuntimeException ex) {
			err.println("warmpath: import failed: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Starts the app as {@code warmpath import} runs it: the configured database, no web
	 * port, no projection, no demo network. Package-private for the crash tests, whose
	 * child JVM imports exactly as the command does.
	 */
	static ConfigurableApplicationContext importContext() {
		// A servlet context without a port (server.port=-1) rather than
		// WebApplicationType.NONE, since the web security configuration needs a web
		// context to start.
		String[] springArgs = { "--server.port=-1", "--warmpath.projection.enabled=false", "--warmpath.demo.people=0",
				"--warmpath.neo4j.bolt-port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.warmpath=WARN" };
		return new SpringApplicationBuilder(WarmPathApplication.class).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArgs);
	}

	/** Runs one import of {@code kind} ({@code people}, {@code connections}, ...). */
	static ImportReport importFile(Imports imports, String kind, Path file, ImportMode mode, String owner,
			ImportProgress progress) {
		return switch (kind) {
			case "people" -> imports.importPeople(file, mode, progress);
			case "connections" -> imports.importConnections(file, mode, TieSource.IMPORT, progress);
			case "mentoring" -> imports.importMentoring(file, mode, progress);
			default -> imports.importLinkedIn(owner, file, mode, progress);
		};
	}

	private static int backup(Arguments a, PrintStream out, PrintStream err) {
		a.expectPositional(0);
		Path file = Path.of(a.required("--out"));
		String dataDir = a.option("--data-dir");
		a.expectNoMore();
		long started = System.nanoTime();
		try (BackupDatabase db = BackupDatabase.open(dataDir)) {
			out.printf("Backing up %s to %s%n", db.describe(), file);
			GraphBackup.Summary summary = new GraphBackup(db.driver()).backup(file);
			out.printf(Locale.ROOT, "Done: %,d nodes, %,d relationships in %.1f s%n", summary.nodes(),
					summary.relationships(), (System.nanoTime() - started) / 1e9);
			out.println("content hash: sha256:" + summary.hash());
			return 0;
		}
		catch (IOException ex) {
			err.println("warmpath: backup failed: cannot write " + file + ": " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			err.println("warmpath: backup failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int restore(Arguments a, PrintStream out, PrintStream err) {
		a.expectPositional(0);
		Path file = Path.of(a.required("--in"));
		String dataDir = a.option("--data-dir");
		a.expectNoMore();
		if (!Files.isReadable(file)) {
			throw new UsageException("cannot read " + file);
		}
		long started = System.nanoTime();
		try {
			GraphBackup.check(file);
		}
		catch (GraphBackup.InvalidBackupException ex) {
			err.println("warmpath: restore failed: " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println("warmpath: restore failed: cannot read " + file + ": " + ex.getMessage());
			return 1;
		}
		try (BackupDatabase db = BackupDatabase.open(dataDir)) {
			out.printf("Restoring %s into %s%n", file, db.describe());
			GraphBackup.Summary summary = new GraphBackup(db.driver()).restore(file);
			out.printf(Locale.ROOT, "Done: %,d nodes, %,d relationships in %.1f s%n", summary.nodes(),
					summary.relationships(), (System.nanoTime() - started) / 1e9);
			out.println("content hash: sha256:" + summary.hash() + " (same as the backup)");
			return 0;
		}
		catch (GraphBackup.NotEmptyException ex) {
			err.println("warmpath: restore refused: " + ex.getMessage());
			return 2;
		}
		catch (GraphBackup.InvalidBackupException ex) {
			err.println("warmpath: restore failed: " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println("warmpath: restore failed: cannot read " + file + ": " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			err.println("warmpath: restore failed: " + ex.getMessage());
			return 1;
		}
	}

	static void print(ImportReport report, ImportMode mode, PrintStream out) {
		double seconds = Math.max(report.millis(), 1) / 1000.0;
		out.printf(Locale.ROOT,
				"Done: %,d rows in %.1f s (%,.0f rows/s): created %,d, updated %,d, unchanged %,d, rejected %,d%n",
				report.rows(), seconds, report.rows() / seconds, report.created(), report.updated(), report.unchanged(),
				report.rejected());
		int shown = 0;
		for (ImportReport.RowError error : report.errors()) {
			if (shown++ == 20) {
				out.printf("  ... and %,d more%n", report.rejected() - 20);
				break;
			}
			out.printf("  line %d: %s%n", error.line(), error.message());
		}
		if (report.rejected() > 0 && mode == ImportMode.STRICT) {
			out.println("Nothing was written (strict mode); fix the rows or use --tolerant to import the good ones.");
		}
	}

	/** Prints a line every ~2 s or 100,000 rows with the rate. */
	static final class Progress implements ImportProgress {

		private final PrintStream out;

		private final long started = System.nanoTime();

		private String phase;

		private long phaseStarted;

		private long lastPrinted;

		private long lastRows;

		Progress(PrintStream out) {
			this.out = out;
		}

		@Override
		public void progress(String phase, long rows) {
			long now = System.nanoTime();
			if (!phase.equals(this.phase)) {
				this.phase = phase;
				this.phaseStarted = now;
				this.lastPrinted = now;
				this.lastRows = 0;
			}
			if (now - this.lastPrinted >= 2_000_000_000L || rows - this.lastRows >= 100_000) {
				double seconds = Math.max(now - this.phaseStarted, 1) / 1e9;
				this.out.printf(Locale.ROOT, "  %-10s %,12d rows  %,10.0f rows/s  (%.0f s)%n", phase, rows,
						rows / seconds, (now - this.started) / 1e9);
				this.lastPrinted = now;
				this.lastRows = rows;
			}
		}

	}

	private static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

	/** Positional arguments and {@code --name value} options. */
	private static final class Arguments {

		private final List<String> positional = new ArrayList<>();

		private final List<String> options = new ArrayList<>();

		static Arguments parse(String[] args, int from) {
			Arguments a = new Arguments();
			for (int i = from; i < args.length; i++) {
				if (args[i].startsWith("--")) {
					a.options.add(args[i]);
					if (!args[i].equals("--tolerant") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
						a.options.add(args[++i]);
					}
					else if (!args[i].equals("--tolerant")) {
						a.options.add(null);
					}
				}
				else {
					a.positional.add(args[i]);
				}
			}
			return a;
		}

		void expectPositional(int count) {
			if (this.positional.size() != count) {
				throw new UsageException((count == 0) ? "unexpected argument " + this.positional.get(0)
						: "expected " + count + " arguments, got " + this.positional.size());
			}
		}

		String positional(int i) {
			return this.positional.get(i);
		}

		boolean flag(String name) {
			return this.options.remove(name);
		}

		String option(String name) {
			int i = this.options.indexOf(name);
			if (i < 0) {
				return null;
			}
			String value = this.options.get(i + 1);
			if (value == null) {
				throw new UsageException(name + " needs a value");
			}
			this.options.remove(i + 1);
			this.options.remove(i);
			return value;
		}

		String required(String name) {
			String value = option(name);
			if (value == null) {
				throw new UsageException(name + " is required");
			}
			return value;
		}

		long integer(String name, Long fallback) {
			String value = (fallback == null) ? required(name) : option(name);
			if (value == null) {
				return fallback;
			}
			try {
				return Long.parseLong(value.replace("_", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw new UsageException(name + " must be a whole number: " + value);
			}
		}

		void expectNoMore() {
			if (!this.options.isEmpty()) {
				throw new UsageException("unknown option " + this.options.get(0));
			}
		}

	}

}
