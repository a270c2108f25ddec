package org.warmpath;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds small named graphs in the shared test database, each under its own id prefix so
 * tests never see each other's people.
 */
public final class TestGraphs {

	private final Imports imports;

	private final Driver driver;

	private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";

	private String specialty = "Cardiology";

	/** A graph that imports its people and ties; {@link #count} needs a driver too. */
	public TestGraphs(Imports imports) {
		this(imports, null);
	}

	TestGraphs(Imports imports, Driver driver) {
		this.imports = imports;
		this.driver = driver;
	}

	/** The id of a person of this graph. */
	public String id(String name) {
		return this.prefix + name;
	}

	/** What every id of this graph starts with. */
	public String prefix() {
		return this.prefix;
	}

	/**
	 * Runs a query that returns one number, with this graph's prefix as {@code $p}.
	 * @param cypher a query such as {@code MATCH (n:Person {id: $p + 'a'}) RETURN
	 * count(n)}
	 * @return the first column of the first record
	 */
	public long count(String cypher) {
		return this.driver.executableQuery(cypher)
			.withParameters(Map.of("p", this.prefix))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
	}

	/**
	 * Gives the people imported next this specialty instead of Cardiology: a test that
	 * counts who fits a specialty then sees only its own people, not those every other
	 * test class left in the shared database.
	 */
	public TestGraphs specialty(String specialty) {
		this.specialty = specialty;
		return this;
	}

	/**
	 * Imports people given as {@code name[:closed][:mentor=capacity]} and ties given as
	 * {@code a-b:strength}.
	 */
	public TestGraphs people(String... specs) {
		StringBuilder csv = new StringBuilder(
				"id,name,grade,specialty,region,openToIntroductions,openToMentoring,mentorCapacity\n");
		for (String spec : specs) {
			String[] parts = spec.split(":");
			boolean open = true;
			boolean mentor = false;
			int capacity = 0;
			String grade = "Foundation doctor";
			for (int i = 1; i < parts.length; i++) {
				if (parts[i].equals("closed")) {
					open = false;
				}
				else if (parts[i].startsWith("mentor=")) {
					mentor = true;
					capacity = Integer.parseInt(parts[i].substring(7));
					grade = "Consultant";
				}
			}
			csv.append(id(parts[0]))
				.append(',')
				.append("Test ")
				.append(parts[0])
				.append(',')
				.append(grade)
				.append(',')
				.append(this.specialty)
				.append(",Wales,")
				.append(open)
				.append(',')
				.append(mentor)
				.append(',')
				.append(capacity)
				.append('\n');
		}
		ImportReport report = this.imports.importPeople(stream(csv), ImportMode.STRICT);
		assertThat(report.rejected()).as(report.errors().toString()).isZero();
		return this;
	}

	public TestGraphs ties(String... specs) {
		StringBuilder csv = new StringBuilder("source,target,strength,context\n");
		for (String spec : specs) {
			String[] pair = spec.split(":")[0].split("-");
			csv.append(id(pair[0]))
				.append(',')
				.append(id(pair[1]))
				.append(',')
				.append(spec.split(":")[1])
				.append(",colleague\n");
		}
		ImportReport report = this.imports.importConnections(stream(csv), ImportMode.STRICT);
		assertThat(report.rejected()).as(report.errors().toString()).isZero();
		return this;
	}

	private static ByteArrayInputStream stream(CharSequence csv) {
		return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
