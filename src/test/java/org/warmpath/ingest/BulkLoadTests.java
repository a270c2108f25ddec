package org.warmpath.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.warmpath.cypher.Cypher;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.embedded.OfflineImport;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.people.Grades;
import org.warmpath.people.People;
import org.warmpath.projection.ChangeLog;
import org.warmpath.projection.ProjectionDigest;
import org.warmpath.schema.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path (Neo4j's offline importer into an absent store) writes what the online
 * import writes: one generated network of 500 people is imported online into one fresh
 * embedded database and bulk-loaded into another, and the two graphs are compared whole
 * (every node and relationship with its properties, creation times aside), by projection
 * digest, and by importing the same files online into the bulk-loaded store again, which
 * must find every row unchanged. Not a {@code @WarmPathTest}: it needs stores of its own
 * that do not exist yet.
 */
class BulkLoadTests {

	@TempDir
	static Path work;

	private static Path csv;

	private static DemoNetwork network;

	private static EmbeddedNeo4j online;

	private static EmbeddedNeo4j bulk;

	private static Driver onlineDriver;

	private static Driver bulkDriver;

	/**
	 * The online import through the embedded database's own writes (its core-API path).
	 */
	private static EmbeddedNeo4j core;

	private static Driver coreDriver;

	private static Imports coreImports;

	private static BulkLoad.Report report;

	private static SchemaMigrations bulkMigrations;

	@BeforeAll
	static void loadBothWays() throws IOException {
		csv = work.resolve("csv");
		network = new DemoNetworkGenerator().withMeanDegree(12).generate(500, 11, csv);

		online = EmbeddedNeo4j.start(work.resolve("online"), 0, Duration.ofMinutes(5), "64m");
		onlineDriver = GraphDatabase.driver(online.boltUri(), online.authToken());
		migrateStepByStep(onlineDriver);
		importAll(imports(onlineDriver));

		// the same, through the embedded database's own transactions: new people and ties
		// go through the core API (people.CoreImport), the rest through the same upserts
		core = EmbeddedNeo4j.start(work.resolve("core"), 0, Duration.ofMinutes(5), "64m");
		coreDriver = GraphDatabase.driver(core.boltUri(), core.authToken());
		migrateStepByStep(coreDriver);
		coreImports = new Imports(coreDriver, IngestProperties.defaults(), (event) -> {
		}, new People(coreDriver, core.writes(), core.reads(), new ChangeLog()));
		importAll(coreImports);

		Path home = work.resolve("bulk");
		assertThat(OfflineImport.storeIsAbsent(home)).isTrue();
		report = BulkLoad.load(home, csv.resolve("programmes.csv"), csv.resolve("people.csv"),
				csv.resolve("connections.csv"), csv.resolve("mentoring.csv"), ImportMode.STRICT, TieSource.DEMO);
		assertThat(OfflineImport.storeIsAbsent(home)).isFalse();
		bulk = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(5), "64m");
		bulkDriver = GraphDatabase.driver(bulk.boltUri(), bulk.authToken());
		bulkMigrations = new SchemaMigrations(bulkDriver);
	}

	/**
	 * Each migration in its own run, as a database that followed every release got them,
	 * and the ladder mark the app's grade ladder step writes on an empty store.
	 */
	private static void migrateStepByStep(Driver driver) {
		SchemaMigrations.stepByStep(driver, Integer.MAX_VALUE);
		driver.executableQuery(Cypher.query("people/grade-ladder-mark"))
			.withParameters(Map.of("version", Grades.VERSION))
			.execute();
	}

	private static void importAll(Imports imports) {
		imports.importProgrammes(csv.resolve("programmes.csv"), ImportMode.TOLERANT, ImportProgress.NONE);
		imports.importPeople(csv.resolve("people.csv"), ImportMode.TOLERANT, ImportProgress.NONE);
		imports.importConnections(csv.resolve("connections.csv"), ImportMode.TOLERANT, TieSource.DEMO,
				ImportProgress.NONE);
		imports.importMentoring(csv.resolve("mentoring.csv"), ImportMode.TOLERANT, ImportProgress.NONE);
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { onlineDriver, bulkDriver, coreDriver, online, bulk,
				core }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// best effort
			}
		}
	}

	@Test
	void reportsWhatTheGeneratorWrote() {
		assertThat(report.people()).isEqualTo(network.people());
		assertThat(report.ties()).isEqualTo(network.ties());
		assertThat(report.mentoring()).isEqualTo(network.mentoringRelations());
		assertThat(report.rejected()).isZero();
	}

	@Test
	void everyProgrammeLandsWithItsKindFromProgrammesCsv() throws IOException {
		long listed = Files.readAllLines(csv.resolve("programmes.csv")).size() - 1;
		assertThat(report.programmes()).isEqualTo(listed).isPositive();
		String kinds = "MATCH (g:Programme) RETURN g.id AS key, g.kind AS value";
		Map<String, Object> expected = rows(onlineDriver, kinds);
		assertThat(expected).hasSize((int) listed).doesNotContainValue(null);
		assertThat(expected.values()).contains("college-scheme", "deanery", "buddy", "faculty");
		assertThat(rows(bulkDriver, kinds)).isEqualTo(expected);
	}

	@Test
	void sameCountsPerLabelAndType() {
		String labels = "MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label STARTS WITH '__' "
				+ "RETURN label AS key, count(*) AS value";
		String types = "MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS value";
		Map<String, Object> expected = rows(onlineDriver, labels);
		assertThat(expected).containsKeys("Person", "Organisation", "Specialty", "Region", "Skill", "Programme");
		assertThat(rows(bulkDriver, labels)).isEqualTo(expected);
		Map<String, Object> expectedTypes = rows(onlineDriver, types);
		assertThat(expectedTypes).containsKeys("KNOWS", "MENTORS", "WORKS_AT", "SPECIALISES_IN", "BASED_IN",
				"HAS_SKILL", "MEMBER_OF");
		assertThat(rows(bulkDriver, types)).isEqualTo(expectedTypes);
	}

	@Test
	void sameNodesWithTheSamePropertiesAndTypes() {
		// every node but the change feed's, keyed by label and key; timestamps by type
		// only
		String nodes = "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') "
				+ "RETURN labels(n)[0] + ':' + coalesce(n.id, n.name, '') AS key, properties(n) AS value";
		Map<String, Object> expected = typed(rows(onlineDriver, nodes));
		assertThat(expected).hasSize((int) (network.people() + countOf(onlineDriver, "MATCH (n) WHERE NOT n:Person "
				+ "AND NOT any(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) AS value")));
		assertThat(typed(rows(bulkDriver, nodes))).isEqualTo(expected);
	}

	/**
	 * The import's core-API path (the embedded database's own writes) and the upserts
	 * (through the driver) leave the same store: every node, relationship, property and
	 * storage type, timestamps by type and zone.
	 */
	@Test
	void theImportsCoreApiPathWritesWhatTheUpsertsWrite() {
		String nodes = "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') "
				+ "RETURN labels(n)[0] + ':' + coalesce(n.id, n.name, '') AS key, properties(n) AS value";
		String relationships = "MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__') "
				+ "RETURN type(r) + ':' + coalesce(a.id, a.name) + '->' + coalesce(b.id, b.name) AS key, "
				+ "properties(r) AS value";
		Map<String, Object> expected = typed(rows(onlineDriver, nodes));
		assertThat(expected).hasSizeGreaterThan((int) network.people());
		assertThat(typed(rows(coreDriver, nodes))).isEqualTo(expected);
		Map<String, Object> expectedRelationships = typed(rows(onlineDriver, relationships));
		assertThat(expectedRelationships).hasSizeGreaterThan((int) network.ties());
		assertThat(typed(rows(coreDriver, relationships))).isEqualTo(expectedRelationships);
		assertThat(storageTypes(core)).isEqualTo(storageTypes(online));
		String zones = "MATCH (p:Person)-[k:KNOWS]->() WITH p, k LIMIT 1 "
				+ "RETURN 'zones' AS key, [p.createdAt.timezone, p.updatedAt.timezone, k.createdAt.timezone] AS value";
		assertThat(rows(coreDriver, zones)).isEqualTo(rows(onlineDriver, zones));
		assertThat(ProjectionDigest.ofNeo4j(coreDriver)).isEqualTo(ProjectionDigest.ofNeo4j(onlineDriver));
	}

	@Test
	void theSameFilesImportedAgainThroughTheCoreApiPathFindEveryRowUnchanged() {
		ImportReport people = coreImports.importPeople(csv.resolve("people.csv"), ImportMode.STRICT,
				ImportProgress.NONE);
		assertThat(people.unchanged()).isEqualTo(network.people());
		assertThat(people.created() + people.updated() + people.rejected()).isZero();
		ImportReport ties = coreImports.importConnections(csv.resolve("connections.csv"), ImportMode.STRICT,
				TieSource.DEMO, ImportProgress.NONE);
		assertThat(ties.unchanged()).isEqualTo(network.ties());
		assertThat(ties.created() + ties.updated() + ties.rejected()).isZero();
	}

	/**
	 * A tolerant import's batches look their people up themselves (no check before each
	 * batch): a row naming someone the graph does not have is rejected with its line and
	 * the unknown ids, through the upserts (a server) and through the core API alike, and
	 * nothing is written for it.
	 */
	@Test
	void aTieToAnUnknownPersonIsRejectedWithItsLineByBothImportPaths() throws IOException {
		String known = onlineDriver.executableQuery("MATCH (p:Person) RETURN min(p.id) AS id")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
		Path file = Files.writeString(work.resolve("unknown-people.csv"),
				"source,target,strength\n" + known + ",nobody-1,0.5\nnobody-2,nobody-3,0.5\n");
		for (Imports imports : List.of(imports(onlineDriver), coreImports)) {
			ImportReport report = imports.importConnections(file, ImportMode.TOLERANT, TieSource.IMPORT,
					ImportProgress.NONE);
			assertThat(report.created() + report.updated() + report.unchanged()).isZero();
			assertThat(report.rejected()).isEqualTo(2);
			assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(2L, 3L);
			assertThat(report.errors()).extracting(ImportReport.RowError::message)
				.containsExactly("unknown person 'nobody-1' (not in the graph; import people first)",
						"unknown person 'nobody-2' and 'nobody-3' (not in the graph; import people first)");
		}
		assertThat(countOf(onlineDriver, "MATCH ()-[k:KNOWS]->() RETURN count(k) AS value")).isEqualTo(network.ties());
		assertThat(countOf(coreDriver, "MATCH ()-[k:KNOWS]->() RETURN count(k) AS value")).isEqualTo(network.ties());
	}

	@Test
	void theBulkLoadedStoreGetsTheSchemaOfAStoreMigratedStepByStep() {
		String constraints = "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties "
				+ "RETURN name AS key, [type, entityType, labelsOrTypes, properties] AS value";
		String indexes = "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint "
				+ "RETURN name AS key, [type, entityType, labelsOrTypes, properties, owningConstraint] AS value";
		Map<String, Object> expectedConstraints = rows(onlineDriver, constraints);
		assertThat(expectedConstraints).containsKeys("person_id", "programme_id", "notification_key");
		assertThat(rows(bulkDriver, constraints)).isEqualTo(expectedConstraints);
		Map<String, Object> expectedIndexes = rows(onlineDriver, indexes);
		assertThat(expectedIndexes).containsKeys("person_linkedin_url", "person_open_to_mentoring", "mentors_status")
			.doesNotContainKeys("person_name", "person_grade");
		assertThat(rows(bulkDriver, indexes)).isEqualTo(expectedIndexes);
		assertThat(countOf(bulkDriver, "MATCH (m:__WarmPathMigration) RETURN count(m) AS value"))
			.isEqualTo(countOf(onlineDriver, "MATCH (m:__WarmPathMigration) RETURN count(m) AS value"));
	}

	@Test
	void theBulkLoadedStoreSkipsTheIndexesALaterMigrationDropsAndTheDataItWroteMigrated() {
		// V0002's person indexes, which V0006 drops (V0007 brings back linkedinUrl's),
		// and
		// V0008's rewrite of MENTORS.programme, which the load wrote as ids: the
		// relationships are equal to the online store's, which ran V0008
		assertThat(bulkMigrations.skipped()).hasSize(6)
			.anyMatch(s -> s.startsWith("CREATE INDEX person_name "))
			.anyMatch(s -> s.startsWith("CREATE TEXT INDEX person_name_text "))
			.anyMatch(s -> s.startsWith("CREATE INDEX person_grade "))
			.anyMatch(s -> s.startsWith("CREATE INDEX person_open_to_introductions "))
			.anyMatch(s -> s.startsWith("CREATE INDEX person_linkedin_url "))
			.anyMatch(s -> s.startsWith("MATCH (:Person)-[r:MENTORS]->(:Person)"));
		assertThat(countOf(bulkDriver,
				"MATCH (g:GradeLadder) WHERE g.version = " + Grades.VERSION + " RETURN count(g) AS value"))
			.isEqualTo(1);
	}

	@Test
	void sameRelationshipsWithTheSamePropertiesAndDirection() {
		String relationships = "MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__') "
				+ "RETURN type(r) + ':' + coalesce(a.id, a.name) + '->' + coalesce(b.id, b.name) AS key, "
				+ "properties(r) AS value";
		Map<String, Object> expected = typed(rows(onlineDriver, relationships));
		assertThat(typed(rows(bulkDriver, relationships))).isEqualTo(expected);
	}

	/**
	 * The storage types, which Cypher does not tell apart (an {@code int} and a
	 * {@code long} are both INTEGER): the importer is handed values in memory, so a value
	 * of the wrong Java type (an {@code Integer} for {@code mentorCapacity}, a string for
	 * a date) would be stored as that type; the online import's store says what each
	 * property must be.
	 */
	@Test
	void sameStorageTypesPerLabelTypeAndProperty() {
		Map<String, Set<String>> expected = storageTypes(online);
		assertThat(expected).containsKeys("Person.mentorCapacity", "Person.seniority", "Person.updatedAt",
				"KNOWS.strength", "KNOWS.since", "MENTORS.since", "MEMBER_OF.as");
		assertThat(storageTypes(bulk)).isEqualTo(expected);
	}

	/**
	 * Label (or type) and property to the Java classes its values are stored as, for
	 * every node and relationship but the bookkeeping ones (migrations, ladder marks, the
	 * load's stamps).
	 */
	private static Map<String, Set<String>> storageTypes(EmbeddedNeo4j db) {
		Map<String, Set<String>> types = new TreeMap<>();
		try (Transaction tx = db.database().beginTx()) {
			for (Node node : tx.getAllNodes()) {
				String label = node.getLabels().iterator().next().name();
				if (label.startsWith("__") || label.equals("GradeLadder")) {
					continue;
				}
				node.getAllProperties()
					.forEach((key, value) -> types.computeIfAbsent(label + "." + key, (k) -> new TreeSet<>())
						.add(value.getClass().getSimpleName()));
			}
			for (Relationship relationship : tx.getAllRelationships()) {
				String type = relationship.getType().name();
				relationship.getAllProperties()
					.forEach((key, value) -> types.computeIfAbsent(type + "." + key, (k) -> new TreeSet<>())
						.add(value.getClass().getSimpleName()));
			}
		}
		return types;
	}

	@Test
	void sameProjectionDigest() {
		ProjectionDigest expected = ProjectionDigest.ofNeo4j(onlineDriver);
		assertThat(expected.people()).isEqualTo(network.people());
		assertThat(ProjectionDigest.ofNeo4j(bulkDriver)).isEqualTo(expected);
	}

	@Test
	void theSameFilesImportedOnlineAfterwardsFindEveryRowUnchanged() {
		Imports imports = imports(bulkDriver);
		ImportReport programmes = imports.importProgrammes(csv.resolve("programmes.csv"), ImportMode.STRICT,
				ImportProgress.NONE);
		assertThat(programmes.unchanged()).isEqualTo(report.programmes());
		assertThat(programmes.created() + programmes.updated() + programmes.rejected()).isZero();
		ImportReport people = imports.importPeople(csv.resolve("people.csv"), ImportMode.STRICT, ImportProgress.NONE);
		assertThat(people.unchanged()).isEqualTo(network.people());
		assertThat(people.created() + people.updated() + people.rejected()).isZero();
		ImportReport ties = imports.importConnections(csv.resolve("connections.csv"), ImportMode.STRICT, TieSource.DEMO,
				ImportProgress.NONE);
		assertThat(ties.unchanged()).isEqualTo(network.ties());
		assertThat(ties.created() + ties.updated() + ties.rejected()).isZero();
		ImportReport mentoring = imports.importMentoring(csv.resolve("mentoring.csv"), ImportMode.STRICT,
				ImportProgress.NONE);
		assertThat(mentoring.unchanged()).isEqualTo(network.mentoringRelations());
	}

	@Test
	void aRejectedRowInStrictModeLeavesTheStoreAbsent() throws IOException {
		Path dir = work.resolve("bad");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("people.csv"), "id,name\na,Ann\nb,Bob\n");
		Files.writeString(dir.resolve("connections.csv"), "source,target,strength\na,b,0.5\na,nobody,0.5\n");
		Path home = work.resolve("bad-home");
		assertThatThrownBy(() -> BulkLoad.load(home, dir.resolve("people.csv"), dir.resolve("connections.csv"), null,
				ImportMode.STRICT, TieSource.IMPORT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("nobody");
		assertThat(OfflineImport.storeIsAbsent(home)).isTrue();
	}

	@Test
	void aRejectedPersonInTolerantModeShiftsNoNodeId() throws IOException {
		// node ids are the accepted rows' numbers: the duplicate 'a' (rejected) takes
		// none, so 'c' is node 2 and both ties still end at 'c'
		Path dir = work.resolve("rows");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("people.csv"),
				"id,name,specialty\na,Ann,Surgery\nb,Bob,Surgery\n" + "a,Again,Cardiology\nc,Cy,Cardiology\n");
		Files.writeString(dir.resolve("connections.csv"), "source,target,strength\nc,a,0.5\nb,c,0.7\n");
		Path home = work.resolve("rows-home");
		BulkLoad.Report rows = BulkLoad.load(home, dir.resolve("people.csv"), dir.resolve("connections.csv"), null,
				ImportMode.TOLERANT, TieSource.IMPORT);
		assertThat(List.of(rows.people(), rows.ties(), rows.rejected())).isEqualTo(List.of(3L, 2L, 1L));
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(5), "64m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			assertThat(rows(driver, "MATCH (p:Person) RETURN p.id AS key, p.name AS value"))
				.isEqualTo(Map.of("a", "Ann", "b", "Bob", "c", "Cy"));
			assertThat(rows(driver, "MATCH (x)-[k:KNOWS]->(y) RETURN x.id + '-' + y.id AS key, k.strength AS value"))
				.isEqualTo(Map.of("a-c", 0.5, "b-c", 0.7));
			assertThat(rows(driver,
					"MATCH (p:Person)-[:SPECIALISES_IN]->(s:Specialty) RETURN p.id AS key, " + "s.name AS value"))
				.isEqualTo(Map.of("a", "Surgery", "b", "Surgery", "c", "Cardiology"));
		}
	}

	@Test
	void everyPersonKeepsTheirTextsAndFlagsAsWrittenMissingOnesAndAnyScriptIncluded() throws IOException {
		// the people are held as UTF-8 columns until the import: a missing headline or
		// grade between two present ones, and names beyond ASCII, come back as written
		Path dir = work.resolve("texts");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("people.csv"),
				"id,name,headline,grade,openToIntroductions,openToMentoring,mentorCapacity\n"
						+ "a,Zoë Ñúñez,Consultant at Café Royal,Consultant,true,true,3\n" + "b,Bob,,,false,false,0\n"
						+ "c,李雷,Registrar at 北京,ST3,true,false,0\n",
				StandardCharsets.UTF_8);
		Path home = work.resolve("texts-home");
		BulkLoad.load(home, dir.resolve("people.csv"), null, null, ImportMode.STRICT, TieSource.IMPORT);
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(5), "64m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			assertThat(rows(driver, "MATCH (p:Person) RETURN p.id AS key, [p.name, p.headline, p.grade, "
					+ "p.openToIntroductions, p.openToMentoring, p.mentorCapacity, p.seniority IS NULL] AS value"))
				.isEqualTo(Map.of("a",
						List.of("Zoë Ñúñez", "Consultant at Café Royal", "Consultant", true, true, 3L, false), "b",
						Arrays.asList("Bob", null, null, false, false, 0L, true), "c",
						List.of("李雷", "Registrar at 北京", "ST3", true, false, 0L, false)));
			assertThat(rows(driver, "MATCH (p:Person) RETURN p.id AS key, size(p.fingerprint) AS value"))
				.isEqualTo(Map.of("a", 24L, "b", 24L, "c", 24L));
		}
	}

	@Test
	void refusesAStoreThatExists() {
		assertThatThrownBy(() -> BulkLoad.load(work.resolve("online"), csv.resolve("people.csv"), null, null,
				ImportMode.TOLERANT, TieSource.DEMO))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theDemoPathWritesTheStoreTheCsvPathWrites() {
		// same generator, size and seed as the files: the ties go straight to the
		// importer
		Path home = work.resolve("direct");
		BulkLoad.Report direct = BulkLoad.loadDemo(home, new DemoNetworkGenerator().withMeanDegree(12), 500, 11);
		assertThat(List.of(direct.people(), direct.ties(), direct.mentoring(), direct.rejected()))
			.isEqualTo(List.of(report.people(), report.ties(), report.mentoring(), report.rejected()));
		assertThat(direct.programmes()).isEqualTo(report.programmes());
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(5), "64m");
				Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
			new SchemaMigrations(driver);
			String nodes = "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') "
					+ "RETURN labels(n)[0] + ':' + coalesce(n.id, n.name, '') AS key, properties(n) AS value";
			assertThat(typed(rows(driver, nodes))).isEqualTo(typed(rows(bulkDriver, nodes)));
			String relationships = "MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__') "
					+ "RETURN type(r) + ':' + coalesce(a.id, a.name) + '->' + coalesce(b.id, b.name) AS key, "
					+ "properties(r) AS value";
			assertThat(typed(rows(driver, relationships))).isEqualTo(typed(rows(bulkDriver, relationships)));
		}
	}

	@Test
	void theDemoBulkLoaderFillsANewStoreOnlyWhenAsked() {
		Path home = work.resolve("demo");
		assertThat(new DemoBulkLoader(new DemoProperties(300, 7, 0, false)).load(home)).isFalse();
		assertThat(OfflineImport.storeIsAbsent(home)).isTrue();
		assertThat(new DemoBulkLoader(new DemoProperties(0, 7, 0, true)).load(home)).isFalse();
		assertThat(OfflineImport.storeIsAbsent(home)).isTrue();
		assertThat(new DemoBulkLoader(new DemoProperties(300, 7, 0, true)).load(home)).isTrue();
		assertThat(OfflineImport.storeIsAbsent(home)).isFalse();
	}

	private static Imports imports(Driver driver) {
		return new Imports(driver, IngestProperties.defaults(), (event) -> {
		}, new People(driver, new ChangeLog()));
	}

	private static Map<String, Object> rows(Driver driver, String query) {
		Map<String, Object> rows = new TreeMap<>();
		try (Session session = driver.session()) {
			for (Record record : session.run(query).list()) {
				Object previous = rows.put(record.get("key").asString(), record.get("value").asObject());
				assertThat(previous).as("key %s twice", record.get("key").asString()).isNull();
			}
		}
		return rows;
	}

	private static long countOf(Driver driver, String query) {
		try (Session session = driver.session()) {
			return session.run(query).single().get("value").asLong();
		}
	}

	/** Property maps with createdAt / updatedAt replaced by their Java type. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> typed(Map<String, Object> rows) {
		Map<String, Object> typed = new TreeMap<>();
		rows.forEach((key, value) -> {
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) value);
			for (String time : new String[] { "createdAt", "updatedAt", "recomputedAt" }) {
				properties.computeIfPresent(time, (name, v) -> v.getClass().getName());
			}
			typed.put(key, properties);
		});
		return typed;
	}

}
