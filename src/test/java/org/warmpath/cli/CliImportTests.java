package org.warmpath.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.Imports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line import end to end: it boots the app without a web port against its own
 * embedded data folder, imports through the same {@link Imports} as the HTTP API, prints
 * a rate, and exits 1 without writing when a strict file has a bad row.
 */
class CliImportTests {

	@TempDir
	Path work;

	@AfterEach
	void clearSettings() {
		System.clearProperty("warmpath.neo4j.data-dir");
		System.clearProperty("warmpath.neo4j.page-cache");
		System.clearProperty("warmpath.security.admin-password");
	}

	private int run(ByteArrayOutputStream out, String... args) {
		return WarmPathCommand.run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
				new PrintWriter(new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8), true));
	}

	@Test
	void importsGeneratedFilesAndRejectsABadOneWhole() throws Exception {
		Path files = this.work.resolve("net");
		Path data = this.work.resolve("db");
		System.setProperty("warmpath.neo4j.data-dir", data.toString());
		System.setProperty("warmpath.neo4j.page-cache", "32m");
		System.setProperty("warmpath.security.admin-password", "cli-test-password");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(run(out, "generate", "--people", "150", "--seed", "3", "--out", files.toString())).isZero();
		assertThat(run(out, "import", "programmes", files.resolve("programmes.csv").toString())).isZero();
		assertThat(run(out, "import", "people", files.resolve("people.csv").toString())).isZero();
		assertThat(run(out, "import", "connections", files.resolve("connections.csv").toString())).isZero();
		Path bad = this.work.resolve("bad.csv");
		Files.writeString(bad, "source,target,strength\np001,p002,0.123\np003,p003,0.5\n");
		assertThat(run(out, "import", "connections", bad.toString())).isEqualTo(1);

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("rows/s").contains("line 3");
		long ties = Files.readAllLines(files.resolve("connections.csv")).size() - 1;
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(data, 0, Duration.ofSeconds(10), "32m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			var counts = driver
				.executableQuery("MATCH (p:Person) WITH count(p) AS people "
						+ "MATCH ()-[k:KNOWS]->() RETURN people, count(k) AS ties, "
						+ "count(CASE WHEN k.strength = 0.123 THEN 1 END) AS fromBadFile")
				.execute()
				.records()
				.get(0);
			assertThat(counts.get("people").asLong()).isEqualTo(150);
			// the bad file's good first row was not written either
			assertThat(counts.get("ties").asLong()).isEqualTo(ties);
			assertThat(counts.get("fromBadFile").asLong()).isZero();
			// every programme people.csv names came with its kind from programmes.csv
			var kinds = driver
				.executableQuery("MATCH (g:Programme) RETURN count(g) AS all, count(g.kind) AS kinded, "
						+ "count(CASE WHEN g.kind = 'college-scheme' THEN 1 END) AS colleges")
				.execute()
				.records()
				.get(0);
			assertThat(kinds.get("kinded").asLong()).isEqualTo(kinds.get("all").asLong()).isPositive();
			assertThat(kinds.get("colleges").asLong()).isPositive();
		}
	}

}
