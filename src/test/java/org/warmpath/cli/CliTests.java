package org.warmpath.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CliTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return WarmPathCommand.run(args, writer(this.out), writer(this.err));
	}

	static PrintWriter writer(ByteArrayOutputStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
	}

	String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void handlesOnlyItsOwnCommands() {
		assertThat(WarmPathCommand.handles(new String[] { "import", "people", "x.csv" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] { "generate" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] { "backup" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] { "restore" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] { "help" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] { "--help" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] { "-h" })).isTrue();
		assertThat(WarmPathCommand.handles(new String[] {})).isFalse();
		assertThat(WarmPathCommand.handles(null)).isFalse();
		assertThat(WarmPathCommand.handles(new String[] { "--server.port=9000" })).isFalse();
		assertThat(WarmPathCommand.handles(new String[] { "people" })).isFalse();
	}

	@Test
	void helpPrintsUsageAndExitCodes() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("warmpath import people|connections|mentoring FILE [--tolerant]")
			.contains("warmpath import linkedin FILE --owner ID")
			.contains("warmpath generate --people N [--seed S] --out DIR")
			.contains("warmpath backup --out FILE")
			.contains("warmpath restore --in FILE")
			.contains("Exit codes:")
			.containsPattern("(?m)^\\s+2\\s+usage error");
		assertThat(err()).isEmpty();
	}

	@Test
	void helpOfASubcommandPrintsItsOptionsAndExitCodes() {
		assertThat(run("import", "linkedin", "--help")).isZero();
		assertThat(out()).contains("Usage: warmpath import linkedin")
			.contains("--owner=ID")
			.contains("--tolerant")
			.contains("FILE")
			.contains("Exit codes:")
			.containsPattern("(?m)^\\s+1\\s+rows rejected");
		this.out.reset();
		assertThat(run("help", "generate")).isZero();
		assertThat(out()).contains("Usage: warmpath generate").contains("--people=N").contains("default: 42");
	}

	@Test
	void anUnknownOptionIsAUsageError() {
		assertThat(run("generate", "--people", "200", "--out", "x", "--colour", "red")).isEqualTo(2);
		assertThat(err()).contains("warmpath: Unknown options: '--colour', 'red'");
		this.err.reset();
		// --owner belongs to the LinkedIn import only
		assertThat(run("import", "people", "x.csv", "--owner", "p0001")).isEqualTo(2);
		assertThat(err()).contains("Unknown option").contains("'--owner'");
		assertThat(out()).isEmpty();
	}

	@Test
	void aMissingRequiredOptionIsAUsageErrorWithTheUsage() {
		assertThat(run("generate", "--people", "500")).isEqualTo(2);
		assertThat(err()).contains("warmpath: Missing required option: '--out=DIR'")
			.contains("Usage: warmpath generate");
		this.err.reset();
		assertThat(run("import", "linkedin", "x.csv")).isEqualTo(2);
		assertThat(err()).contains("Missing required option: '--owner=ID'");
		this.err.reset();
		assertThat(run("backup")).isEqualTo(2);
		assertThat(err()).contains("Missing required option: '--out=FILE'");
		this.err.reset();
		assertThat(run("restore", "--data-dir", "x")).isEqualTo(2);
		assertThat(err()).contains("Missing required option: '--in=FILE'");
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(run()).isEqualTo(2);
		assertThat(run("import")).isEqualTo(2);
		assertThat(run("import", "people")).isEqualTo(2);
		assertThat(run("import", "friends", "x.csv")).isEqualTo(2);
		assertThat(run("import", "people", "/no/such/file.csv")).isEqualTo(2);
		assertThat(run("restore", "--in", "/no/such/backup.jsonl")).isEqualTo(2);
		assertThat(run("generate", "--people", "ten", "--out", "x")).isEqualTo(2);
		assertThat(run("generate", "--people", "50", "--out", "x")).isEqualTo(2);
		assertThat(err()).contains("Missing required subcommand")
			.contains("Missing required parameter: 'FILE'")
			.contains("warmpath: Unmatched arguments from index 1: 'friends', 'x.csv'")
			.contains("warmpath: cannot read /no/such/file.csv")
			.contains("warmpath: cannot read /no/such/backup.jsonl")
			.contains("must be a whole number: ten")
			.contains("warmpath: --people must be between 100 and 1000000");
		assertThat(out()).isEmpty();
	}

	@Test
	void generatesTheDemoFiles(@TempDir Path dir) throws Exception {
		assertThat(run("generate", "--people", "2_00", "--seed", "5", "--out", dir.toString())).isZero();
		assertThat(out()).startsWith("Generated 200 people").contains("(seed 5)");
		assertThat(Files.readAllLines(dir.resolve("people.csv"))).hasSize(201);
		assertThat(dir.resolve("connections.csv")).exists();
		assertThat(dir.resolve("mentoring.csv")).exists();
		assertThat(err()).isEmpty();
	}

	@Test
	void theSameSeedGivesTheSameFiles(@TempDir Path dir) throws Exception {
		assertThat(run("generate", "--people", "150", "--out", dir.resolve("a").toString())).isZero();
		assertThat(run("generate", "--people", "150", "--seed", "42", "--out", dir.resolve("b").toString())).isZero();
		assertThat(out()).contains("(seed 42)");
		assertThat(Files.readString(dir.resolve("b/connections.csv")))
			.isEqualTo(Files.readString(dir.resolve("a/connections.csv")));
	}

	@Test
	void aFailedActionIsOneLineAndExitsWithOne(@TempDir Path dir) {
		System.setProperty("warmpath.neo4j.uri", "bolt://127.0.0.1:1");
		try {
			assertThat(run("backup", "--out", dir.resolve("b.jsonl").toString())).isOne();
		}
		finally {
			System.clearProperty("warmpath.neo4j.uri");
		}
		assertThat(err()).startsWith("warmpath: backup failed: ").doesNotContain("\tat ");
		assertThat(dir.resolve("b.jsonl")).doesNotExist();
	}

	@Test
	void anArgumentStartingWithAnAtSignIsAFileNameNotAnArgumentFile(@TempDir Path dir) throws Exception {
		Path options = dir.resolve("options");
		Files.writeString(options, "--tolerant");
		assertThat(run("import", "people", "@" + options)).isEqualTo(2);
		assertThat(err()).contains("cannot read @" + options);
	}

	@Test
	void printsProgressWithARate() {
		RateProgress progress = new RateProgress(writer(this.out));
		progress.progress("writing", 50_000);
		progress.progress("writing", 150_000);
		assertThat(out()).contains("writing").contains("150,000 rows").contains("rows/s");
	}

	@Test
	void bulkLoadsANewDatabaseOnceAndRefusesOneThatExists(@TempDir Path dir) throws Exception {
		Path people = Files.writeString(dir.resolve("people.csv"), "id,name\na,Ann\nb,Bob\n");
		Path connections = Files.writeString(dir.resolve("connections.csv"), "source,target,strength\na,b,0.5\n");
		Path home = dir.resolve("data");
		assertThat(run("import", "bulk", "--people", people.toString(), "--connections", connections.toString(),
				"--data-dir", home.toString()))
			.as(err())
			.isZero();
		assertThat(out()).contains("Done: 0 programmes, 2 people, 1 connections, 0 mentoring");
		assertThat(Files.isDirectory(home.resolve("data/databases/neo4j"))).isTrue();
		assertThat(run("import", "bulk", "--people", people.toString(), "--data-dir", home.toString())).isEqualTo(2);
		assertThat(err()).contains("already holds a database");
	}

	@Test
	void aStrictBulkLoadWithARejectedRowWritesNothing(@TempDir Path dir) throws Exception {
		Path people = Files.writeString(dir.resolve("people.csv"), "id,name\na,Ann\na,Again\n");
		Path home = dir.resolve("data");
		assertThat(run("import", "bulk", "--people", people.toString(), "--data-dir", home.toString())).isEqualTo(1);
		assertThat(err()).contains("duplicate id 'a'");
		assertThat(Files.exists(home.resolve("data/databases/neo4j"))).isFalse();
	}

}
