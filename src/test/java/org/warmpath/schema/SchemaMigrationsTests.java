package org.warmpath.schema;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WarmPathTest
class SchemaMigrationsTests {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	@Test
	void everyMigrationIsRecordedOnceAndRunningAgainChangesNothing() {
		assertThat(this.migrations.migrations()).extracting(SchemaMigrations.Migration::version)
			.startsWith(1, 2)
			.isSorted();
		new SchemaMigrations(this.driver);
		long recorded = this.driver.executableQuery("MATCH (m:__WarmPathMigration) RETURN count(m) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(recorded).isEqualTo(this.migrations.migrations().size());
	}

	@Test
	void everyBusinessKeyIsUnique() {
		List<String> constraints = this.driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("name").asString())
			.toList();
		assertThat(constraints).contains("person_id", "organisation_id", "specialty_name", "region_name", "skill_name",
				"programme_id", "introduction_id", "account_username", "access_token_hash", "access_token_id");
	}

	@Test
	void indexesNoQueryUsesAreDroppedAndTheUsedOnesKept() {
		List<String> indexes = this.driver.executableQuery("SHOW INDEXES YIELD name RETURN name")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("name").asString())
			.toList();
		assertThat(indexes).doesNotContain("person_name", "person_name_text", "person_grade",
				"person_open_to_introductions");
		// V0007 brings person_linkedin_url back: a member's LinkedIn import matches
		// contacts by profile URL
		assertThat(indexes).contains("person_linkedin_url", "person_open_to_mentoring", "introduction_status",
				"introduction_requested_at", "account_person", "mentors_status", "change_at");
	}

	@Test
	void aChangedMigrationStopsStartUp() {
		this.driver.executableQuery("MATCH (m:__WarmPathMigration {version: 1}) SET m.checksum = 'tampered'").execute();
		try {
			assertThatThrownBy(() -> new SchemaMigrations(this.driver)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("was changed after it was applied");
		}
		finally {
			String real = this.migrations.migrations().get(0).checksum();
			this.driver.executableQuery("MATCH (m:__WarmPathMigration {version: 1}) SET m.checksum = $c")
				.withParameters(java.util.Map.of("c", real))
				.execute();
		}
	}

	@Test
	void splitsStatementsAndDropsComments() {
		assertThat(SchemaMigrations.statements("// why\nCREATE A;\n\nCREATE B;\n")).containsExactly("CREATE A",
				"CREATE B");
	}

}
