package org.warmpath.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
		return Cli.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void handlesOnlyItsOwnCommands() {
		assertThat(Cli.handles(new String[] { "import", "people", "x.csv" })).isTrue();
		assertThat(Cli.handles(new String[] { "generate" })).isTrue();
		assertThat(Cli.handles(new String[] { "--help" })).isTrue();
		assertThat(Cli.handles(new String[] {})).isFalse();
		assertThat(Cli.handles(new String[] { "--server.port=9000" })).isFalse();
	}

	@Test
	void helpPrintsUsage() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("warmpath import people|connections|mentoring FILE");
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertThat(run("import", "people")).isEqualTo(2);
		assertThat(run("import", "friends", "x.csv")).isEqualTo(2);
		assertThat(run("import", "people", "/no/such/file.csv")).isEqualTo(2);
		assertThat(run("import", "linkedin", "x.csv")).isEqualTo(2);
		assertThat(run("generate", "--people", "ten", "--out", "x")).isEqualTo(2);
		assertThat(run("generate", "--people", "50", "--out", "x")).isEqualTo(2);
		assertThat(run("generate", "--people", "500")).isEqualTo(2);
		assertThat(this.err.toString()).contains("cannot read /no/such/file.csv")
			.contains("--owner is required")
			.contains("--out is required")
			.contains("unknown import 'friends'");
	}

	@Test
	void generatesTheDemoFiles(@TempDir Path dir) throws Exception {
		assertThat(run("generate", "--people", "200", "--seed", "5", "--out", dir.toString())).isZero();
		assertThat(this.out.toString()).startsWith("Generated 200 people");
		assertThat(Files.readAllLines(dir.resolve("people.csv"))).hasSize(201);
		assertThat(dir.resolve("connections.csv")).exists();
		assertThat(dir.resolve("mentoring.csv")).exists();
	}

	@Test
	void printsProgressWithARate() {
		Cli.Progress progress = new Cli.Progress(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		progress.progress("writing", 50_000);
		progress.progress("writing", 150_000);
		assertThat(this.out.toString()).contains("writing").contains("150,000 rows").contains("rows/s");
	}

}
