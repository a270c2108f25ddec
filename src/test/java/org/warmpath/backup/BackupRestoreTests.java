package org.warmpath.backup;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.warmpath.embedded.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code warmpath backup} of a small graph with every property type, restored by
 * {@code warmpath restore} into a fresh embedded database, gives the same counts and
 * content hash; restore refuses a database that is not empty.
 */
class BackupRestoreTests {

	@TempDir
	Path tmp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void backupRestoredIntoAnEmptyDatabaseHasTheSameContentHash() throws Exception {
		Path source = this.tmp.resolve("source");
		Path target = this.tmp.resolve("target");
		Path file = this.tmp.resolve("backups/graph.jsonl");
		Map<String, Long> sourceCounts;
		GraphBackup.Summary sourceSummary;
		String backupHash;
		try (EmbeddedNeo4j db = start(source); Driver driver = driver(db)) {
			populate(driver);
			sourceCounts = counts(driver);
			sourceSummary = new GraphBackup(driver).summary();
			// online: the database stays open (as in a running app) and the command
			// reaches it
			// over Bolt, as with WARMPATH_NEO4J_URI=bolt://127.0.0.1:7687; the password
			// comes from the credentials file in the data folder
			System.setProperty("warmpath.neo4j.uri", db.boltUri());
			System.setProperty("warmpath.neo4j.data-dir", source.toString());
			try {
				assertThat(cli("backup", "--out", file.toString())).as(this.err.toString()).isZero();
				backupHash = hash(this.out.toString());
				assertThat(this.out.toString()).contains("Backing up the database at bolt://127.0.0.1:")
					.contains("11 nodes, 8 relationships");
				// restore refuses a database that is not empty, writes nothing, exits
				// with 2
				assertThat(cli("restore", "--in", file.toString())).isEqualTo(2);
				assertThat(this.err.toString()).contains("restore refused: the database is not empty (11 nodes)");
				assertThat(counts(driver)).isEqualTo(sourceCounts);
			}
			finally {
				System.clearProperty("warmpath.neo4j.uri");
				System.clearProperty("warmpath.neo4j.data-dir");
			}
		}
		assertThat(backupHash).isEqualTo(sourceSummary.hash());
		List<String> lines = Files.readAllLines(file);
		assertThat(lines.get(0)).contains("\"format\":\"warmpath-backup\"");
		assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"footer\"").contains(backupHash);
		assertThat(lines).anyMatch(l -> l.contains("\"$date\":\"2019-09-01\""));
		assertThat(Files.list(file.getParent())).containsExactly(file);

		this.out.reset();
		assertThat(cli("restore", "--in", file.toString(), "--data-dir", target.toString())).as(this.err.toString())
			.isZero();
		assertThat(hash(this.out.toString())).isEqualTo(backupHash);

		try (EmbeddedNeo4j db = start(target); Driver driver = driver(db)) {
			assertThat(counts(driver)).isEqualTo(sourceCounts);
			assertThat(new GraphBackup(driver).summary()).isEqualTo(sourceSummary);
			assertThat(one(driver, "MATCH (n) WHERE n.__restoreKey IS NOT NULL OR n:__WarmPathRestore RETURN count(n)"))
				.isZero();
			assertThat(one(driver, "MATCH ()-[r]->() WHERE r.__restoreSeq IS NOT NULL RETURN count(r)")).isZero();
			assertThat(one(driver, "SHOW CONSTRAINTS YIELD name WHERE name = 'person_id' RETURN count(*)")).isOne();
			assertThat(one(driver,
					"SHOW INDEXES YIELD name WHERE name IN ['person_name', 'warmpath_restore_key'] RETURN count(*)"))
				.isOne();
			assertThat(driver.executableQuery("MATCH (:Person {id: 'a'})-[k:KNOWS]->(:Person {id: 'b'}) RETURN k.since")
				.execute()
				.records()
				.get(0)
				.get(0)
				.asLocalDate()).hasToString("2019-09-01");
			assertThatThrownBy(() -> new GraphBackup(driver).restore(file))
				.isInstanceOf(GraphBackup.NotEmptyException.class);
		}
	}

	@Test
	void usageErrors() throws Exception {
		assertThat(cli("restore", "--in", this.tmp.resolve("nope.jsonl").toString())).isEqualTo(2);
		assertThat(cli("backup")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing required option: '--out=FILE'").contains("cannot read");
	}

	@Test
	void refusesAnIncompleteBackupFile() throws Exception {
		Path file = this.tmp.resolve("cut.jsonl");
		Files.writeString(file, "{\"type\":\"header\",\"format\":\"warmpath-backup\",\"version\":1}\n"
				+ "{\"type\":\"node\",\"key\":\"k\",\"labels\":[\"X\"],\"properties\":{}}\n");
		assertThat(cli("restore", "--in", file.toString(), "--data-dir", this.tmp.resolve("db").toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("incomplete (no footer line)");
	}

	@Test
	void contentHashIsOrderIndependentAndSeesEveryValue() {
		ContentHash a = new ContentHash();
		a.node(List.of("Person"), Map.of("id", "a", "n", 1L));
		a.node(List.of("Skill"), Map.of("name", "x"));
		a.relationship("HAS_SKILL", "Person.id=s:1'a", "Skill.name=s:1'x", Map.of());
		ContentHash b = new ContentHash();
		b.relationship("HAS_SKILL", "Person.id=s:1'a", "Skill.name=s:1'x", Map.of());
		b.node(List.of("Skill"), Map.of("name", "x"));
		b.node(List.of("Person"), Map.of("n", 1L, "id", "a"));
		assertThat(a.hex()).isEqualTo(b.hex()).hasSize(64);
		ContentHash c = new ContentHash();
		c.node(List.of("Person"), Map.of("id", "a", "n", 1.0));
		c.node(List.of("Skill"), Map.of("name", "x"));
		c.relationship("HAS_SKILL", "Person.id=s:1'a", "Skill.name=s:1'x", Map.of());
		assertThat(c.hex()).isNotEqualTo(a.hex());
		assertThat(GraphBackup.schemaName("CREATE CONSTRAINT `person_id` FOR (p:Person) REQUIRE (p.id) IS UNIQUE"))
			.isEqualTo("person_id");
		assertThat(GraphBackup.schemaName("CREATE TEXT INDEX `a``b` FOR (p:Person) ON (p.name)")).isEqualTo("a`b");
		assertThat(GraphBackup.schemaName("CREATE RANGE INDEX x FOR (p:Person) ON (p.name)")).isEqualTo("x");
	}

	static void populate(Driver driver) {
		driver.executableQuery("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE")
			.execute();
		driver.executableQuery("CREATE CONSTRAINT skill_name IF NOT EXISTS FOR (s:Skill) REQUIRE s.name IS UNIQUE")
			.execute();
		driver.executableQuery("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)").execute();
		driver.executableQuery("""
				CREATE (a:Person:Mentor {id: 'a', name: 'Ann `Quote`', grade: 'consultant', seniority: 4,
				        openToIntroductions: true, mentorCapacity: 2, skills: ['surgery', 'teaching'],
				        createdAt: datetime('2024-01-02T03:04:05.123Z'), born: date('1980-02-29'),
				        zoned: datetime('2024-06-01T10:00:00[Europe/London]'), at: localdatetime('2024-01-01T12:00'),
				        wake: time('07:30:00+01:00'), lunch: localtime('12:15'), notice: duration('P1M2DT3H'),
				        home: point({x: 1.5, y: -2.0}), where: point({latitude: 51.5, longitude: -0.1, height: 12.0}),
				        ratio: 0.1, whole: 1.0, scores: [1.5, 2.0], ints: [1, 2, 3], empty: '', nan: 0.0/0.0})
				CREATE (b:Person {id: 'b', name: 'Bob', openToIntroductions: false})
				CREATE (c:Person {id: 'c', name: 'Cleo'})
				CREATE (s:Skill {name: 'surgery'})
				CREATE (o:Organisation {id: 'o1', name: 'St Elsewhere'})
				CREATE (n1:Note {text: 'same'}), (n2:Note {text: 'same'}), (n3:Note {text: 'other'})
				CREATE (:__WarmPathMigration {version: 1, checksum: 'abc'})
				CREATE (a)-[:KNOWS {strength: 0.8, context: 'ward', since: date('2019-09-01'), source: 'import'}]->(b)
				CREATE (b)-[:KNOWS {strength: 0.3}]->(c)
				CREATE (a)-[:HAS_SKILL]->(s)
				CREATE (a)-[:WORKS_AT {role: 'consultant'}]->(o)
				CREATE (a)-[:WROTE]->(n1), (b)-[:WROTE]->(n2), (c)-[:WROTE]->(n2)
				CREATE (bare {text: 'no label'}), (odd:`Odd``Label` {text: 'a backtick'})
				CREATE (bare)-[:`ODD ``TYPE`]->(odd)
				""").execute();
	}

	static Map<String, Long> counts(Driver driver) {
		return Map.of("nodes", one(driver, "MATCH (n) RETURN count(n)"), "relationships",
				one(driver, "MATCH ()-[r]->() RETURN count(r)"), "people",
				one(driver, "MATCH (p:Person) RETURN count(p)"), "notes", one(driver, "MATCH (n:Note) RETURN count(n)"),
				"knows", one(driver, "MATCH ()-[k:KNOWS]->() RETURN count(k)"));
	}

	static long one(Driver driver, String query) {
		return driver.executableQuery(query).execute().records().get(0).get(0).asLong();
	}

	static EmbeddedNeo4j start(Path dir) {
		return EmbeddedNeo4j.start(dir, 0, Duration.ofSeconds(30), "16m");
	}

	static Driver driver(EmbeddedNeo4j db) {
		return GraphDatabase.driver(db.boltUri(), db.authToken());
	}

	static String hash(String output) {
		Matcher m = Pattern.compile("content hash: sha256:([0-9a-f]{64})").matcher(output);
		assertThat(m.find()).as(output).isTrue();
		return m.group(1);
	}

	int cli(String... args) throws Exception {
		// WarmPathCommand.run(String[], PrintWriter, PrintWriter) is package-private in
		// org.warmpath.cli
		Method run = Class.forName("org.warmpath.cli.WarmPathCommand")
			.getDeclaredMethod("run", String[].class, PrintWriter.class, PrintWriter.class);
		run.setAccessible(true);
		return (int) run.invoke(null, args,
				new PrintWriter(new OutputStreamWriter(this.out, StandardCharsets.UTF_8), true),
				new PrintWriter(new OutputStreamWriter(this.err, StandardCharsets.UTF_8), true));
	}

}
