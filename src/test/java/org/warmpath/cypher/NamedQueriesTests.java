package org.warmpath.cypher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Cypher statement the app runs is a named file under {@code cypher/queries} (or a
 * migration under {@code cypher/migrations}), so there is one copy of each query and it
 * can be pasted into Neo4j Browser: no Java source holds Cypher text, and every query a
 * source names exists.
 */
class NamedQueriesTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path QUERIES = Path.of("cypher/queries");

	/** A Java string literal or text block. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"",
			Pattern.DOTALL);

	/**
	 * The start of a Cypher statement (clauses in upper case, as every query here writes
	 * them).
	 */
	private static final Pattern CYPHER = Pattern.compile(
			"^\\s*(CYPHER\\s|MATCH\\s*\\(|OPTIONAL\\s+MATCH|MERGE\\s*\\(|CREATE\\s+(\\(|CONSTRAINT|INDEX|TEXT|RANGE)"
					+ "|UNWIND\\s|CALL\\s*[({]|CALL\\s+[a-z]|RETURN\\s|WITH\\s|DETACH\\s+DELETE|SHOW\\s|DROP\\s|FOREACH\\s*\\(|LOAD\\s+CSV)");

	/** A named query passed to {@link Cypher}. */
	private static final Pattern NAMED = Pattern
		.compile("Cypher\\.(?:query|read)\\((?:[^,()]+,\\s*)?\"([a-z0-9/-]+)\"");

	@Test
	void noJavaSourceHoldsCypherText() throws IOException {
		List<String> inline = new ArrayList<>();
		for (Path file : javaSources()) {
			String text = Files.readString(file);
			Matcher m = LITERAL.matcher(text);
			while (m.find()) {
				String literal = (m.group(1) != null) ? m.group(1) : m.group(2);
				if (CYPHER.matcher(literal).find()) {
					inline
						.add(file + ":" + line(text, m.start()) + " " + literal.strip().lines().findFirst().orElse(""));
				}
			}
		}
		assertThat(inline).as("Cypher text in Java sources; move it to a named file under cypher/queries").isEmpty();
	}

	@Test
	void everyNamedQueryExists() throws IOException {
		List<String> names = new ArrayList<>();
		for (Path file : javaSources()) {
			Matcher m = NAMED.matcher(Files.readString(file));
			while (m.find()) {
				names.add(m.group(1));
			}
		}
		assertThat(names).isNotEmpty();
		assertThat(names).allSatisfy(
				(name) -> assertThat(QUERIES.resolve(name + ".cypher")).as("query named in the code").isRegularFile());
	}

	@Test
	void theScanRecognisesCypher() {
		assertThat(CYPHER.matcher("MATCH (p:Person {id: $id}) RETURN p").find()).isTrue();
		assertThat(CYPHER.matcher("\n  UNWIND $rows AS row").find()).isTrue();
		assertThat(CYPHER.matcher("CREATE CONSTRAINT x IF NOT EXISTS").find()).isTrue();
		assertThat(CYPHER.matcher("Match the mentee with a mentor").find()).isFalse();
		assertThat(CYPHER.matcher("with capacity left").find()).isFalse();
		assertThat(CYPHER.matcher("Callum").find()).isFalse();
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((f) -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static long line(String text, int offset) {
		return text.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

}
