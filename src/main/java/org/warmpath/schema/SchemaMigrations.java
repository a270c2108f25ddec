package org.warmpath.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import org.warmpath.cypher.Cypher;

/**
 * Applies the versioned, checksummed schema migrations in {@code cypher/migrations} at
 * start-up, before anything else touches the graph.
 *
 * <p>
 * Files are named {@code V0001__what_it_does.cypher} and hold {@code ;}-separated
 * statements. Each applied version is recorded as a {@code __WarmPathMigration} node with
 * the file's SHA-256; a changed file that was already applied stops start-up rather than
 * leaving the schema in an unknown state. Statements use {@code IF NOT EXISTS}, so a
 * migration interrupted half-way is simply run again. (neo4j-migrations, the library we
 * would have used, does not resolve from our registry; this is the small part of it we
 * need.)
 *
 * <p>
 * The pending migrations are applied as their net effect ({@link #plan}): a store that is
 * new, or bulk-loaded with a million people, would otherwise build indexes over every
 * node that a later migration of the same run drops again (V0002's person indexes,
 * dropped by V0006), so a {@code CREATE} whose index or constraint a later pending
 * migration drops is skipped. A bulk-loaded store carries a {@code __WarmPathBulkLoad}
 * node whose {@code dataVersion} says up to which migration its data was written in the
 * migrated form; the data statements (anything but {@code CREATE}/{@code DROP} of an
 * index or constraint) of those migrations are skipped, as they would scan every
 * relationship to change nothing. Every migration is recorded as applied either way, and
 * the schema is the same as a database that applied each migration in its own run
 * ({@link #stepByStep}), which the tests hold it to.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final Pattern SCHEMA = Pattern.compile(
			"(CREATE|DROP)\\s+(?:(?:RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\\s+)?(?:INDEX|CONSTRAINT)\\s+(\\w+)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final Driver driver;

	private final List<Migration> applied = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	@Autowired
	public SchemaMigrations(Driver driver) {
		this(driver, Integer.MAX_VALUE, true);
	}

	private SchemaMigrations(Driver driver, int upTo, boolean net) {
		this.driver = driver;
		migrate(upTo, net);
	}

	/**
	 * Applies the migrations up to {@code upTo} one version per run, each statement as
	 * written, as a database that followed every release got its schema (and as every
	 * database did before the net plan): for tests that hold the net plan to it, and for
	 * A/B benchmarks.
	 * @param driver the database
	 * @param upTo the last version to apply
	 * @return the last run's migrations
	 */
	public static SchemaMigrations stepByStep(Driver driver, int upTo) {
		SchemaMigrations last = new SchemaMigrations(driver, 0, false);
		for (Migration migration : discover()) {
			if (migration.version() <= upTo) {
				last = new SchemaMigrations(driver, migration.version(), false);
			}
		}
		return last;
	}

	/**
	 * The migrations found on the classpath, in version order, each applied or verified.
	 */
	public List<Migration> migrations() {
		return List.copyOf(this.applied);
	}

	/**
	 * The statements this start-up left out because the net plan made them needless.
	 */
	public List<String> skipped() {
		return List.copyOf(this.skipped);
	}

	private void migrate(int upTo, boolean net) {
		List<Migration> pending = new ArrayList<>();
		for (Migration migration : discover()) {
			if (migration.version() > upTo) {
				break;
			}
			String known = this.driver.executableQuery(Cypher.query("schema/migration-checksum"))
				.withParameters(Map.of("version", migration.version()))
				.execute()
				.records()
				.stream()
				.map(r -> r.get("checksum").asString())
				.findFirst()
				.orElse(null);
			if (known != null && !known.equals(migration.checksum())) {
				throw new IllegalStateException("Migration V" + migration.version() + " (" + migration.description()
						+ ") was changed after it was applied: checksum " + migration.checksum() + " != " + known);
			}
			if (known == null) {
				pending.add(migration);
			}
			this.applied.add(migration);
		}
		if (pending.isEmpty()) {
			return;
		}
		int dataVersion = net ? bulkLoadDataVersion() : 0;
		List<Step> plan = net ? plan(pending, dataVersion)
				: pending.stream().map(m -> new Step(m, m.statements(), List.of())).toList();
		for (Step step : plan) {
			long started = System.nanoTime();
			for (String statement : step.statements()) {
				// schema statements cannot share a transaction with data writes
				this.driver.executableQuery(statement).execute();
			}
			Migration migration = step.migration();
			this.driver.executableQuery(Cypher.query("schema/migration-applied"))
				.withParameters(Map.of("version", migration.version(), "description", migration.description(),
						"checksum", migration.checksum()))
				.execute();
			this.skipped.addAll(step.skipped());
			log.info("Applied schema migration V{} {} in {} ms{}", migration.version(), migration.description(),
					(System.nanoTime() - started) / 1_000_000,
					step.skipped().isEmpty() ? "" : " (" + step.skipped().size() + " statements needless, skipped)");
		}
	}

	private int bulkLoadDataVersion() {
		return this.driver.executableQuery(Cypher.query("schema/bulk-load-data-version"))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("version"))
			.filter(v -> !v.isNull())
			.mapToInt(v -> v.asInt())
			.findFirst()
			.orElse(0);
	}

	/**
	 * The net plan of the pending migrations, in order: a {@code CREATE} of an index or
	 * constraint that a later pending statement drops by name is left out (the later
	 * migrations then bring back what the latest schema has), and so are the data
	 * statements of migrations up to {@code dataVersion}, whose data the store already
	 * holds in the migrated form.
	 * @param pending the migrations not applied yet, in version order
	 * @param dataVersion the latest migration whose data is already migrated (0: none)
	 * @return one step per pending migration
	 */
	static List<Step> plan(List<Migration> pending, int dataVersion) {
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			Migration migration = pending.get(i);
			List<String> run = new ArrayList<>();
			List<String> skip = new ArrayList<>();
			List<String> statements = migration.statements();
			for (int s = 0; s < statements.size(); s++) {
				String statement = statements.get(s);
				Matcher schema = SCHEMA.matcher(statement);
				boolean needless;
				if (!schema.matches()) {
					needless = migration.version() <= dataVersion;
				}
				else {
					needless = schema.group(1).equalsIgnoreCase("CREATE")
							&& droppedLater(pending, i, s, schema.group(2));
				}
				(needless ? skip : run).add(statement);
			}
			steps.add(new Step(migration, List.copyOf(run), List.copyOf(skip)));
		}
		return steps;
	}

	private static boolean droppedLater(List<Migration> pending, int migration, int statement, String name) {
		for (int i = migration; i < pending.size(); i++) {
			List<String> statements = pending.get(i).statements();
			for (int s = (i == migration) ? statement + 1 : 0; s < statements.size(); s++) {
				Matcher later = SCHEMA.matcher(statements.get(s));
				if (later.matches() && later.group(1).equalsIgnoreCase("DROP") && later.group(2).equals(name)) {
					return true;
				}
			}
		}
		return false;
	}

	static List<Migration> discover() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:cypher/migrations/V*.cypher");
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher m = NAME.matcher(resource.getFilename());
				if (!m.matches()) {
					throw new IllegalStateException("Badly named migration " + resource.getFilename());
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sha256(text),
						statements(text)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The statements of a migration file as they are run: comment lines dropped, split on
	 * {@code ;}, blanks left out. Public so that a test can run one migration exactly as
	 * start-up does.
	 * @param text the file's text
	 * @return its statements in order
	 */
	public static List<String> statements(String text) {
		StringBuilder body = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				body.append(line).append('\n');
			}
		}
		List<String> statements = new ArrayList<>();
		for (String statement : body.toString().split(";")) {
			if (!statement.isBlank()) {
				statements.add(statement.strip());
			}
		}
		return statements;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What one pending migration runs.
	 *
	 * @param migration the migration
	 * @param statements its statements that run
	 * @param skipped its statements left out as needless
	 */
	record Step(Migration migration, List<String> statements, List<String> skipped) {
	}

	/**
	 * One migration file.
	 *
	 * @param version its number
	 * @param description what it does, from the file name
	 * @param checksum SHA-256 of the file
	 * @param statements the statements it runs
	 */
	public record Migration(int version, String description, String checksum, List<String> statements) {
	}

}
