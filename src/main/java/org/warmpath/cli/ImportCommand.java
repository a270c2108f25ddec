package org.warmpath.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.ErrorResponseException;
import org.warmpath.WarmPathApplication;
import org.warmpath.ingest.BulkLoad;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportProgress;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.ingest.TieSource;
import org.warmpath.people.People;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code warmpath import KIND FILE}: one file into the configured database through the
 * same {@link Imports} as the HTTP API, with the app started without a web port; strict
 * by default (any rejected row and nothing is written).
 */
@Command(name = "import",
		description = { "Import a CSV file into the configured database without starting the web server.", "",
				"Into the database at WARMPATH_NEO4J_URI when set, else the embedded one in WARMPATH_DATA_DIR "
						+ "(./data); stop the app first when both would open the same folder. Strict by default: "
						+ "any rejected row and nothing is written." },
		synopsisSubcommandLabel = "programmes|people|connections|mentoring|linkedin|bulk",
		subcommands = { ImportCommand.Programmes.class, ImportCommand.People.class, ImportCommand.Connections.class,
				ImportCommand.Mentoring.class, ImportCommand.LinkedIn.class, ImportCommand.Bulk.class },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.IMPORT_USAGE })
public final class ImportCommand {

	@Mixin
	HelpOption help;

	private ImportCommand() {
	}

	/**
	 * Starts the app as {@code warmpath import} runs it: the configured database, no web
	 * port, no projection, no demo network. Public for the crash test, whose child JVM
	 * imports exactly as the command does.
	 * @return the started context; the caller closes it
	 */
	public static ConfigurableApplicationContext startApp() {
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

	/**
	 * Runs one import as the command does. Public for the crash test.
	 * @param imports the import service
	 * @param kind {@code programmes}, {@code people}, {@code connections},
	 * {@code mentoring} or {@code linkedin}
	 * @param file the file
	 * @param mode strict or tolerant
	 * @param owner the owner of a LinkedIn export, else {@code null}
	 * @param progress told how far the import has got
	 * @return the report
	 */
	public static ImportReport importFile(Imports imports, String kind, Path file, ImportMode mode, String owner,
			ImportProgress progress) {
		return switch (kind) {
			case "programmes" -> imports.importProgrammes(file, mode, progress);
			case "people" -> imports.importPeople(file, mode, progress);
			case "connections" -> imports.importConnections(file, mode, TieSource.IMPORT, progress);
			case "mentoring" -> imports.importMentoring(file, mode, progress);
			case "linkedin" -> imports.importLinkedIn(owner, file, mode, progress);
			default -> throw new IllegalArgumentException("unknown import " + kind);
		};
	}

	static void print(ImportReport report, ImportMode mode, PrintWriter out) {
		double seconds = Math.max(report.millis(), 1) / 1000.0;
		out.printf(Locale.ROOT,
				"Done: %,d rows in %.1f s (%,.0f rows/s): created %,d, updated %,d, unchanged %,d, rejected %,d%n",
				report.rows(), seconds, report.rows() / seconds, report.created(), report.updated(), report.unchanged(),
				report.rejected());
		if (report.consentKept() > 0) {
			out.printf(Locale.ROOT, "Kept the person's own openToIntroductions on %,d rows (lines %s)%n",
					report.consentKept(), report.consentKeptLines());
		}
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

	/** What every kind of import takes: the file and the mode. */
	abstract static class FileImport implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		HelpOption help;

		@Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
		Path file;

		@Option(names = "--tolerant",
				description = "Import the good rows and report the rejected ones (default: strict, all or nothing).")
		boolean tolerant;

		String owner() {
			return null;
		}

		@Override
		public Integer call() {
			if (!Files.isReadable(this.file)) {
				throw new ParameterException(this.spec.commandLine(), "cannot read " + this.file);
			}
			PrintWriter out = this.spec.commandLine().getOut();
			ImportMode mode = this.tolerant ? ImportMode.TOLERANT : ImportMode.STRICT;
			String kind = this.spec.name();
			try (ConfigurableApplicationContext context = startApp()) {
				Imports imports = context.getBean(Imports.class);
				out.printf("Importing %s from %s (%s)%n", kind, this.file, mode.name().toLowerCase(Locale.ROOT));
				ImportReport report = importFile(imports, kind, this.file, mode, owner(), new RateProgress(out));
				print(report, mode, out);
				return (report.rejected() > 0) ? ExitCodes.FAILURE : ExitCodes.OK;
			}
			catch (ErrorResponseException ex) {
				this.spec.commandLine().getErr().println("warmpath: " + ex.getBody().getDetail());
				return ExitCodes.USAGE;
			}
		}

	}

	@Command(name = "programmes",
			description = "Import programmes with their kinds (programmes.csv of generate: id,name,kind); "
					+ "before people and mentoring, which name them.",
			exitCodeListHeading = ExitCodes.HEADING,
			exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.USAGE_ERROR })
	static final class Programmes extends FileImport {

	}

	@Command(name = "people", description = "Import people (people.csv of generate).",
			exitCodeListHeading = ExitCodes.HEADING,
			exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.USAGE_ERROR })
	static final class People extends FileImport {

	}

	@Command(name = "connections", description = "Import ties between people (connections.csv of generate).",
			exitCodeListHeading = ExitCodes.HEADING,
			exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.USAGE_ERROR })
	static final class Connections extends FileImport {

	}

	@Command(name = "mentoring", description = "Import mentoring relationships (mentoring.csv of generate).",
			exitCodeListHeading = ExitCodes.HEADING,
			exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.USAGE_ERROR })
	static final class Mentoring extends FileImport {

	}

	@Command(name = "linkedin", description = "Import a LinkedIn Connections.csv export as the ties of one person.",
			exitCodeListHeading = ExitCodes.HEADING,
			exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.IMPORT_USAGE })
	static final class LinkedIn extends FileImport {

		@Option(names = "--owner", paramLabel = "ID", required = true,
				description = "The id of the person whose export it is.")
		String owner;

		@Override
		String owner() {
			return this.owner;
		}

	}

	@Command(name = "bulk", description = {
			"Load programmes, people, connections and mentoring into an embedded database that does not exist yet, "
					+ "with Neo4j's offline importer (tens of times faster than the online import).",
			"",
			"Into WARMPATH_DATA_DIR (./data) or --data-dir; constraints and indexes are created when the app "
					+ "first starts on it. Strict by default: any rejected row and nothing is written." },
			exitCodeListHeading = ExitCodes.HEADING,
			exitCodeList = { ExitCodes.SUCCESS, ExitCodes.IMPORT_FAILED, ExitCodes.BULK_REFUSED })
	static final class Bulk implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		HelpOption help;

		@Option(names = "--people", paramLabel = "FILE", required = true, description = "people.csv")
		Path people;

		@Option(names = "--programmes", paramLabel = "FILE", description = "programmes.csv (id,name,kind)")
		Path programmes;

		@Option(names = "--connections", paramLabel = "FILE", description = "connections.csv")
		Path connections;

		@Option(names = "--mentoring", paramLabel = "FILE", description = "mentoring.csv")
		Path mentoring;

		@Option(names = "--data-dir", paramLabel = "DIR",
				description = "The embedded database's folder (default: WARMPATH_DATA_DIR, else ./data).")
		Path dataDir;

		@Option(names = "--tolerant",
				description = "Load the good rows and report the rejected ones (default: strict, all or nothing).")
		boolean tolerant;

		@Override
		public Integer call() {
			for (Path file : new Path[] { this.programmes, this.people, this.connections, this.mentoring }) {
				if (file != null && !Files.isReadable(file)) {
					throw new ParameterException(this.spec.commandLine(), "cannot read " + file);
				}
			}
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			String env = System.getenv("WARMPATH_DATA_DIR");
			Path home = (this.dataDir != null) ? this.dataDir
					: Path.of((env != null && !env.isBlank()) ? env : "./data");
			if (!BulkLoad.storeIsAbsent(home)) {
				err.println("warmpath: " + home + " already holds a database; the bulk load only fills a new one "
						+ "(use the other import commands for an existing database)");
				return ExitCodes.USAGE;
			}
			ImportMode mode = this.tolerant ? ImportMode.TOLERANT : ImportMode.STRICT;
			BulkLoad.Report report;
			try {
				report = BulkLoad.load(home, this.programmes, this.people, this.connections, this.mentoring, mode,
						TieSource.IMPORT);
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				err.println("warmpath: " + ex.getMessage());
				return ExitCodes.FAILURE;
			}
			double seconds = Math.max(1, report.convertMillis() + report.importMillis()) / 1000.0;
			out.printf(Locale.ROOT,
					"Done: %,d programmes, %,d people, %,d connections, %,d mentoring in %.1f s (%,.0f rows/s), "
							+ "rejected %,d%n",
					report.programmes(), report.people(), report.ties(), report.mentoring(), seconds,
					report.rows() / seconds, report.rejected());
			for (String error : report.errors()) {
				out.println("  " + error);
			}
			return (report.rejected() > 0) ? ExitCodes.FAILURE : ExitCodes.OK;
		}

	}

}
