package org.warmpath.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class ImportApiTests {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final MockMvc mvc;

	private final Driver driver;

	private final TestGraphs g;

	private final String p;

	@Autowired
	ImportApiTests(MockMvc mvc, Driver driver, TestData data) {
		this.mvc = mvc;
		this.driver = driver;
		this.g = data.graph();
		this.p = this.g.prefix();
	}

	ResultActions upload(String path, String csv) throws Exception {
		return asAdmin(post(path), CSV, csv);
	}

	ResultActions asAdmin(MockHttpServletRequestBuilder request, MediaType type, String body) throws Exception {
		return this.mvc.perform(request.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
			.contentType(type)
			.content(body.getBytes(StandardCharsets.UTF_8)));
	}

	void importPeople() throws Exception {
		upload("/api/import/people", people()).andExpect(status().isOk());
	}

	String people() {
		return """
				id,name,headline,grade,specialty,region,organisation,skills,openToIntroductions,openToMentoring,mentorCapacity,programmes
				%1$sa,Ada Lovelace,Consultant cardiologist,Consultant,Cardiology,London,Northgate NHS Trust,research;teaching,true,true,3,Near-Peer Mentoring Network
				%1$sb,Bob Brown,,Core trainee,Cardiology,London,Northgate NHS Trust,research,,,,
				%1$sc,Cy Young,,Medical student,,Wales,,,false,,,
				"""
			.formatted(this.p);
	}

	String connections() {
		return """
				source,target,strength,context,since
				%1$sa,%1$sb,0.9,supervisor,2021-09-01
				%1$sc,%1$sb,,conference,
				""".formatted(this.p);
	}

	/** People whose second row (line 3) has a mentor capacity out of range. */
	String oneBadRowOfThree() {
		return """
				id,name,mentorCapacity
				%1$sa,Ada,1
				%1$sb,Bob,99
				%1$sc,Cy,2
				""".formatted(this.p);
	}

	/** Everything stored on and around this test's people, as comparable values. */
	List<Map<String, Object>> snapshot() {
		return this.driver.executableQuery("""
				MATCH (n:Person) WHERE n.id STARTS WITH $p
				OPTIONAL MATCH (n)-[r]->(x)
				WITH n, r, x ORDER BY type(r), coalesce(x.id, x.name)
				RETURN n.id AS id, properties(n) AS person,
				       collect([type(r), properties(r), coalesce(x.id, x.name)]) AS out
				ORDER BY id""")
			.withParameters(Map.of("p", this.p))
			.execute()
			.records()
			.stream()
			.map(r -> r.asMap())
			.toList();
	}

	@Test
	void importsPeopleThenConnections() throws Exception {
		upload("/api/import/people", people()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andExpect(jsonPath("$.rejected").value(0))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.errors").isEmpty())
			.andExpect(jsonPath("$.millis").isNumber());
		upload("/api/import/connections", connections()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected").value(0));

		var ada = this.driver.executableQuery("MATCH (n:Person {id: $id}) RETURN n")
			.withParameters(Map.of("id", this.p + "a"))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asNode();
		assertThat(ada.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(ada.get("seniority").asInt()).isEqualTo(15);
		assertThat(ada.get("openToMentoring").asBoolean()).isTrue();
		assertThat(ada.get("mentorCapacity").asInt()).isEqualTo(3);
		assertThat(ada.get("connectionVisibility").asString()).isEqualTo("connections");
		assertThat(ada.get("createdAt").isNull()).isFalse();
		assertThat(this.g
			.count("""
					MATCH (a:Person {id: $p + 'a'})
					RETURN COUNT { (a)-[:SPECIALISES_IN]->(:Specialty {name: 'Cardiology'}) }
					     + COUNT { (a)-[:BASED_IN]->(:Region {name: 'London'}) }
					     + COUNT { (a)-[:WORKS_AT]->(:Organisation {id: 'northgate-nhs-trust', name: 'Northgate NHS Trust'}) }
					     + COUNT { (a)-[:HAS_SKILL]->(:Skill) }
					     + COUNT { (a)-[:MEMBER_OF {as: 'mentor'}]->(:Programme {id: 'near-peer-mentoring-network'}) }"""))
			.isEqualTo(6);
		assertThat(this.g.count(
				"MATCH (c:Person {id: $p + 'c'}) RETURN CASE WHEN c.openToIntroductions THEN 1 ELSE 0 END + c.seniority"))
			.isEqualTo(0);
		var tie = this.driver.executableQuery("""
				MATCH (a:Person)-[k:KNOWS]->(b:Person) WHERE a.id = $p + 'a' AND b.id = $p + 'b' RETURN k""")
			.withParameters(Map.of("p", this.p))
			.execute()
			.records()
			.get(0)
			.get("k")
			.asRelationship();
		assertThat(tie.get("strength").asDouble()).isEqualTo(0.9);
		assertThat(tie.get("context").asString()).isEqualTo("supervisor");
		assertThat(tie.get("since").asLocalDate()).hasToString("2021-09-01");
		assertThat(tie.get("source").asString()).isEqualTo("import");
		// "c,b" is stored in canonical id order: b -> c
		assertThat(this.g.count(
				"MATCH (:Person {id: $p + 'b'})-[k:KNOWS {strength: 0.5}]->(:Person {id: $p + 'c'}) RETURN count(k)"))
			.isEqualTo(1);
	}

	@Test
	void importingTheSameFilesTwiceChangesNothing() throws Exception {
		importPeople();
		upload("/api/import/connections", connections()).andExpect(status().isOk());
		var before = snapshot();

		upload("/api/import/people", people()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
		upload("/api/import/connections", connections()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		// the reverse direction is the same tie
		upload("/api/import/connections",
				"target,source,strength,context,since\n" + this.p + "a," + this.p + "b,0.9,supervisor,2021-09-01\n")
			.andExpect(jsonPath("$.unchanged").value(1));

		assertThat(snapshot()).hasSize(3).isEqualTo(before);
	}

	@Test
	void aChangedRowUpdatesThePersonAndReplacesTheirRelationships() throws Exception {
		importPeople();
		upload("/api/import/people", """
				id,name,grade,region,skills
				%1$sa,Ada King,Professor,Scotland,teaching;statistics
				""".formatted(this.p)).andExpect(jsonPath("$.updated").value(1));
		assertThat(this.g.count("""
				MATCH (a:Person {id: $p + 'a'})-[r]->(x)
				RETURN count(CASE WHEN type(r) IN ['SPECIALISES_IN', 'WORKS_AT', 'MEMBER_OF'] THEN 1 END) * 1000
				     + count(CASE WHEN type(r) = 'BASED_IN' AND x.name = 'Scotland' THEN 1 END) * 100
				     + count(CASE WHEN type(r) = 'HAS_SKILL' THEN 1 END) * 10
				     + max(a.seniority)""")).isEqualTo(138);
	}

	@Test
	void strictModeRejectsTheWholeFileForOneBadRow() throws Exception {
		String csv = oneBadRowOfThree();
		upload("/api/import/people", csv).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/import-rejected"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message").value("mentorCapacity 99 is outside 0..50"));
		assertThat(this.g.count("MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n)")).isZero();
	}

	@Test
	void tolerantModeWritesTheGoodRows() throws Exception {
		String csv = oneBadRowOfThree();
		upload("/api/import/people?mode=tolerant", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(3));
		assertThat(this.g.count("MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n)")).isEqualTo(2);
	}

	@Test
	void rejectsTiesToUnknownPeopleSelfTiesDuplicatesAndBadStrengths() throws Exception {
		importPeople();
		String csv = """
				source,target,strength
				%1$sa,%1$sb,0.7
				%1$sa,%1$snobody,0.7
				%1$sc,%1$sc,0.7
				%1$sb,%1$sa,0.6
				%1$sa,%1$sc,1.5
				%1$sb,%1$sc,0.2
				""".formatted(this.p);
		upload("/api/import/connections", csv).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rejected").value(4))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("unknown person '" + this.p + "nobody'")))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].message").value(startsWith("self-tie")))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[2].message").value(startsWith("duplicate pair")))
			.andExpect(jsonPath("$.errors[3].line").value(6))
			.andExpect(jsonPath("$.errors[3].message").value("strength 1.5 is outside (0, 1]"));
		assertThat(this.g.count("MATCH (n:Person)-[k:KNOWS]-() WHERE n.id STARTS WITH $p RETURN count(k)")).isZero();

		// written, the rows naming unknown people are rejected as in strict mode (the
		// batches look their people up themselves)
		upload("/api/import/connections?mode=TOLERANT", csv + this.p + "ghost," + this.p + "nobody,0.5\n")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected").value(5))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message")
				.value("unknown person '" + this.p + "nobody' (not in the graph; import people first)"))
			.andExpect(jsonPath("$.errors[4].line").value(8))
			.andExpect(jsonPath("$.errors[4].message").value(
					startsWith("unknown person '" + this.p + "ghost' and '" + this.p + "nobody' (not in the graph")));
		assertThat(this.g.count("MATCH (n:Person)-[k:KNOWS]->() WHERE n.id STARTS WITH $p RETURN count(k)"))
			.isEqualTo(2);
	}

	@Test
	void rejectsADuplicateIdInOneFile() throws Exception {
		upload("/api/import/people", "id,name\n" + this.p + "a,Ada\n" + this.p + "a,Ada II\n")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message").value("duplicate id '" + this.p + "a' (first on line 2)"));
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRejectedInAnyMode() throws Exception {
		upload("/api/import/people?mode=tolerant", "identifier,name\nx,y\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/import-rejected"))
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("missing required column id")));
	}

	@Test
	void aCsvUploadedAsMultipartIsImported() throws Exception {
		this.mvc
			.perform(multipart("/api/import/people")
				.file(new MockMultipartFile("file", "people.csv", "text/csv",
						people().getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3));
	}

	@Test
	void octetStreamIsAccepted() throws Exception {
		asAdmin(post("/api/import/people"), MediaType.APPLICATION_OCTET_STREAM, people()).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3));
	}

	@Test
	void aJsonBodyIsUnsupported() throws Exception {
		asAdmin(post("/api/import/people"), MediaType.APPLICATION_JSON, "[{\"id\": \"x\", \"name\": \"y\"}]")
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/unsupported-media-type"));
	}

	@Test
	void aJsonBodySentAsCsvIsMissingItsColumns() throws Exception {
		upload("/api/import/people", "[{\"id\": \"x\", \"name\": \"y\"}]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("missing required columns id, name")));
	}

	@Test
	void anUnknownModeIsABadRequest() throws Exception {
		upload("/api/import/people?mode=lenient", people()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mode"));
		assertThat(this.g.count("MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n)")).isZero();
	}

	@Test
	void importsMentoring() throws Exception {
		importPeople();
		String csv = """
				mentor,mentee,since,status,programme
				%1$sa,%1$sb,2024-01-15,ACTIVE,Near-Peer Mentoring Network
				%1$sa,%1$sc,,ended,
				""".formatted(this.p);
		upload("/api/import/mentoring", csv).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		upload("/api/import/mentoring", csv).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(2));
		assertThat(this.g
			.count("""
					MATCH (:Person {id: $p + 'a'})-[m:MENTORS]->(b:Person {id: $p + 'b'})
					WHERE m.status = 'ACTIVE' AND m.since = date('2024-01-15') AND m.programme = 'near-peer-mentoring-network'
					RETURN count(m)"""))
			.isEqualTo(1);
		assertThat(this.g.count(
				"MATCH (:Person {id: $p + 'a'})-[m:MENTORS {status: 'ENDED'}]->(:Person {id: $p + 'c'}) RETURN count(m)"))
			.isEqualTo(1);
	}

	@Test
	void importsALinkedInExportForItsOwner() throws Exception {
		importPeople();
		String slug = this.p.replace("-", "");
		String export = """
				Notes:
				"When exporting your connection data, you may notice that some of the email addresses are missing, see https://www.linkedin.com/help."

				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Priya,Shah,https://www.linkedin.com/in/%1$spriya/,,"Fleetmoor Hospitals, NHS Trust",Registrar,12 Mar 2024
				,,https://www.linkedin.com/in/%1$sanon,,,,1 Jan 2020
				Tom,Jones,,,Acme,,5 May 2021
				"""
			.formatted(slug);
		String owner = this.p + "a";
		asAdmin(post("/api/import/linkedin").param("owner", owner).param("mode", "tolerant"), CSV, export)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(7));
		var priya = this.driver.executableQuery("""
				MATCH (o:Person {id: $owner})-[k:KNOWS]-(n:Person {id: $id})-[:WORKS_AT]->(org:Organisation)
				RETURN n, k, org""")
			.withParameters(Map.of("owner", owner, "id", "li:" + slug + "priya"))
			.execute()
			.records()
			.get(0);
		assertThat(priya.get("n").get("name").asString()).isEqualTo("Priya Shah");
		assertThat(priya.get("n").get("linkedinUrl").asString())
			.isEqualTo("https://www.linkedin.com/in/" + slug + "priya");
		assertThat(priya.get("n").get("headline").asString()).isEqualTo("Registrar at Fleetmoor Hospitals, NHS Trust");
		assertThat(priya.get("n").get("openToIntroductions").asBoolean()).as("consent is opt-in").isFalse();
		assertThat(priya.get("org").get("id").asString()).isEqualTo("fleetmoor-hospitals-nhs-trust");
		assertThat(priya.get("k").get("strength").asDouble()).isEqualTo(0.3);
		assertThat(priya.get("k").get("context").asString()).isEqualTo("linkedin");
		assertThat(priya.get("k").get("source").asString()).isEqualTo("linkedin");
		assertThat(priya.get("k").get("since").asLocalDate()).hasToString("2024-03-12");

		asAdmin(post("/api/import/linkedin").param("owner", owner).param("mode", "tolerant"), CSV, export)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
	}

	@Test
	void aLinkedInImportForAnUnknownOwnerIsNotFound() throws Exception {
		asAdmin(post("/api/import/linkedin").param("owner", this.p + "ghost"), CSV, "First Name,Last Name,URL\n")
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/person-not-found"));
	}

	@Test
	void onlyAdminsMayImport() throws Exception {
		importPeople();
		String member = this.p + "member";
		String analyst = this.p + "analyst";
		String password = "a-long-enough-password";
		asAdmin(post("/api/accounts"), MediaType.APPLICATION_JSON, """
				{"username": "%s", "password": "%s", "roles": ["MEMBER"], "personId": "%s"}""".formatted(member,
				password, this.p + "a"))
			.andExpect(status().isCreated());
		asAdmin(post("/api/accounts"), MediaType.APPLICATION_JSON, """
				{"username": "%s", "password": "%s", "roles": ["ANALYST"]}""".formatted(analyst, password))
			.andExpect(status().isCreated());
		for (String user : List.of(member, analyst)) {
			this.mvc
				.perform(post("/api/import/people").with(httpBasic(user, password)).contentType(CSV).content(people()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/api/import/people").contentType(CSV).content(people()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theDemoNetworkWasLoadedThroughTheImport() {
		assertThat(this.g.count("MATCH (n:Person {id: 'p001'}) RETURN count(n)")).isEqualTo(1);
		assertThat(this.g.count("MATCH ()-[k:KNOWS {source: 'demo'}]->() RETURN count(k)")).isGreaterThan(300);
		assertThat(this.g.count("MATCH ()-[m:MENTORS]->() RETURN count(m)")).isPositive();
		assertThat(this.g.count("""
				MATCH (a:Person)-[k:KNOWS {source: 'demo'}]->(b:Person) WHERE a.id > b.id RETURN count(k)""")).isZero();
	}

}
