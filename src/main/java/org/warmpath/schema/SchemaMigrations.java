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
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private final Driver driver;

	private final List<Migration> applied = new ArrayList<>();

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
		migrate();
	}

	/**
	 * The migrations found on the classpath, in version order, each applied or verified.
	 */
	public List<Migration> migrations() {
		return List.copyOf(this.applied);
	}

	private void migrate() {
		for (Migration migration : discover()) {
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
				for (String statement : migration.statements()) {
					// schema statements cannot share a transaction with data writes
					this.driver.executableQuery(statement).execute();
				}
				this.driver.executableQuery(Cypher.query("schema/migration-applied"))
					.withParameters(Map.of("version", migration.version(), "description", migration.description(),
							"checksum", migration.checksum()))
					.execute();
				log.info("Applied schema migration V{} {}", migration.version(), migration.description());
			}
			this.applied.add(migration);
		}
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
