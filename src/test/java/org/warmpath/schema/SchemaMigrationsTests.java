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
	void theNetPlanSkipsACreateALaterPendingMigrationDropsAndTheDataAlreadyMigrated() {
		SchemaMigrations.Migration one = migration(1, "CREATE INDEX a IF NOT EXISTS FOR (p:P) ON (p.a)",
				"CREATE TEXT INDEX b IF NOT EXISTS FOR (p:P) ON (p.b)",
				"CREATE CONSTRAINT c IF NOT EXISTS FOR (p:P) " + "REQUIRE p.c IS UNIQUE");
		SchemaMigrations.Migration two = migration(2, "DROP INDEX a IF EXISTS", "DROP INDEX b IF EXISTS",
				"MATCH (p:P) SET p.x = 1");
		SchemaMigrations.Migration three = migration(3, "CREATE INDEX a IF NOT EXISTS FOR (p:P) ON (p.a)");
		List<SchemaMigrations.Step> plan = SchemaMigrations.plan(List.of(one, two, three), 0);
		assertThat(plan.get(0).skipped()).containsExactly(one.statements().get(0), one.statements().get(1));
		assertThat(plan.get(0).statements()).containsExactly(one.statements().get(2));
		assertThat(plan.get(1).statements()).isEqualTo(two.statements());
		assertThat(plan.get(2).statements()).isEqualTo(three.statements());
		// the data statement of a migration the store's data already follows
		assertThat(SchemaMigrations.plan(List.of(two, three), 2).get(0).skipped())
			.containsExactly("MATCH (p:P) SET p.x = 1");
		// applied alone (a store already past V1), nothing is left out
		assertThat(SchemaMigrations.plan(List.of(one), 0).get(0).skipped()).isEmpty();
	}

	@Test
	void aNewStoreBuildsNoneOfTheIndexesALaterMigrationDrops() {
		List<String> skipped = SchemaMigrations.plan(SchemaMigrations.discover(), 0)
			.stream()
			.flatMap(step -> step.skipped().stream())
			.map(s -> s.split("\\s+")[s.startsWith("CREATE TEXT") ? 3 : 2])
			.toList();
		assertThat(skipped).containsExactlyInAnyOrder("person_name", "person_name_text", "person_grade",
				"person_open_to_introductions", "person_linkedin_url");
	}

	private static SchemaMigrations.Migration migration(int version, String... statements) {
		return new SchemaMigrations.Migration(version, "test", "checksum", List.of(statements));
	}

	@Test
	void splitsStatementsAndDropsComments() {
		assertThat(SchemaMigrations.statements("// why\nCREATE A;\n\nCREATE B;\n")).containsExactly("CREATE A",
				"CREATE B");
	}

}
