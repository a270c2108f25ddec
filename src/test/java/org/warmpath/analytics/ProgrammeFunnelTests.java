package org.warmpath.analytics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.WarmPathTest;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.schema.SchemaMigrations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Programme analytics on generated outcomes: a programme's people imported through
 * people.csv and mentoring.csv (which name the programme by name), then introductions and
 * mentoring relationships of known statuses and dates written straight into Neo4j, and
 * every count of both funnels checked against what was generated; a second programme's
 * data must not leak into the first.
 */
@WarmPathTest
class ProgrammeFunnelTests {

	static final RequestPostProcessor ADMIN = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Imports imports;

	@Autowired
	Driver driver;

	String prefix;

	/** The programme under test, its id (the slug of the name) and a second programme. */
	String name;

	String id;

	String otherName;

	String otherId;

	@BeforeEach
	void programmes() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.prefix = "pf" + tag + "-";
		this.name = "Funnel Scheme " + tag;
		this.id = "funnel-scheme-" + tag;
		this.otherName = "Other Scheme " + tag;
		this.otherId = "other-scheme-" + tag;
	}

	private String p(String person) {
		return this.prefix + person;
	}

	/**
	 * Imports two mentors of the programme (capacity 3 and 2), one of the other programme
	 * (capacity 1) and six mentees, and mentoring.csv rows naming the programmes by name.
	 */
	private void importPeopleAndMentoring(String... mentoringRows) {
		StringBuilder people = new StringBuilder("id,name,openToMentoring,mentorCapacity,programmes\n");
		people.append(p("m1")).append(",Mentor One,true,3,").append(this.name).append(" (mentor)\n");
		people.append(p("m2")).append(",Mentor Two,true,2,").append(this.name).append(" (mentor)\n");
		people.append(p("o1")).append(",Other Mentor,true,1,").append(this.otherName).append(" (mentor)\n");
		for (int i = 1; i <= 6; i++) {
			people.append(p("e" + i)).append(",Mentee ").append(i).append(",false,0,\n");
		}
		ImportReport report = this.imports.importPeople(stream(people), ImportMode.STRICT);
		assertThat(report.rejected()).as(report.errors().toString()).isZero();
		StringBuilder mentoring = new StringBuilder("mentor,mentee,since,status,programme\n");
		for (String row : mentoringRows) {
			mentoring.append(row).append('\n');
		}
		report = this.imports.importMentoring(stream(mentoring), ImportMode.STRICT);
		assertThat(report.rejected()).as(report.errors().toString()).isZero();
	}

	@Test
	void capacityUsedCountsMentoringImportedUnderTheProgrammesName() throws Exception {
		importPeopleAndMentoring(p("m1") + "," + p("e1") + ",2025-01-10,ACTIVE," + this.name,
				p("m2") + "," + p("e2") + ",2025-02-10,ACTIVE," + this.name);
		assertThat(this.data.count("MATCH (:Person {id: $m})-[r:MENTORS]->() WHERE r.programme = $id RETURN count(r)",
				Map.of("m", p("m1"), "id", this.id)))
			.as("MENTORS.programme holds the programme's id")
			.isEqualTo(1);
		this.mvc.perform(get("/api/analytics/introductions?programme=" + this.id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentorCapacity[0].programme").value(this.id))
			.andExpect(jsonPath("$.mentorCapacity[0].capacity").value(5))
			.andExpect(jsonPath("$.mentorCapacity[0].used").value(2))
			.andExpect(jsonPath("$.mentorCapacity[0].share").value(0.4));
		this.mvc.perform(get("/api/analytics/programmes/" + this.id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capacity.capacity").value(5))
			.andExpect(jsonPath("$.capacity.used").value(2));
	}

	@Test
	void aProgrammeNamedOnlyInMentoringCsvIsCreatedWithTheSlugOfItsName() {
		String fresh = "Brand New Scheme " + this.prefix;
		importPeopleAndMentoring(p("m1") + "," + p("e1") + ",2025-01-10,ACTIVE," + fresh);
		assertThat(this.data
			.count("MATCH (:Person {id: $m})-[r:MENTORS]->() MATCH (g:Programme {id: r.programme, name: $name}) "
					+ "RETURN count(g)", Map.of("m", p("m1"), "name", fresh)))
			.isEqualTo(1);
	}

	@Test
	void theMigrationRewritesProgrammeNamesToIdsAndIsIdempotent() throws IOException {
		importPeopleAndMentoring(p("m1") + "," + p("e1") + ",2025-01-10,ACTIVE," + this.name);
		write("MATCH (m:Person {id: $m}), (e:Person {id: $e}) "
				+ "CREATE (m)-[:MENTORS {status: 'ENDED', programme: $name}]->(e), "
				+ "(m)-[:MENTORS {status: 'ENDED', programme: 'no such programme " + this.prefix + "'}]->(e)",
				Map.of("m", p("m2"), "e", p("e2"), "name", this.name));
		String migration = new ClassPathResource("cypher/migrations/V0008__mentors_programme_id.cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		for (int run = 0; run < 2; run++) {
			for (String statement : SchemaMigrations.statements(migration)) {
				this.driver.executableQuery(statement).execute();
			}
			assertThat(this.data.count(
					"MATCH (:Person {id: $m})-[r:MENTORS]->() WHERE r.programme = $id " + "RETURN count(r)",
					Map.of("m", p("m2"), "id", this.id)))
				.isEqualTo(1);
			assertThat(this.data.count("MATCH (:Person {id: $m})-[r:MENTORS]->() WHERE r.programme STARTS WITH 'no "
					+ "such' RETURN count(r)", Map.of("m", p("m2"))))
				.as("a value naming no programme is left")
				.isEqualTo(1);
			assertThat(this.data.count(
					"MATCH (:Person {id: $m})-[r:MENTORS]->() WHERE r.programme = $id " + "RETURN count(r)",
					Map.of("m", p("m1"), "id", this.id)))
				.isEqualTo(1);
		}
	}

	@Test
	void bothFunnelsCountWhatWasGenerated() throws Exception {
		importPeopleAndMentoring(p("m1") + "," + p("e1") + ",2025-01-10,ACTIVE," + this.name,
				p("o1") + "," + p("e1") + ",2025-01-10,ACTIVE," + this.otherName);
		// mentoring in the programme, with dates: days to match 4, 10 and 1 (median 4)
		mentoring("m2", "e2", "ACTIVE", "2025-03-01T00:00Z", "2025-03-05T00:00Z", "2025-03-05", this.id);
		mentoring("m2", "e3", "ACTIVE", "2025-04-01T00:00Z", null, "2025-04-11", this.id);
		mentoring("m1", "e4", "ENDED", "2025-01-01T00:00Z", "2025-01-02T00:00Z", "2025-01-02", this.id);
		mentoring("m1", "e5", "EXPLORING", "2025-05-01T00:00Z", null, null, this.id);
		mentoring("m1", "e6", "REQUESTED", "2025-06-01T00:00Z", null, null, this.id);
		mentoring("m1", "e3", "DECLINED", "2025-02-01T00:00Z", "2025-02-03T00:00Z", null, this.id);
		mentoring("o1", "e2", "DECLINED", "2025-02-01T00:00Z", "2025-02-09T00:00Z", null, this.otherId);
		// introductions in the programme: hours to decision 2, 4, 6, 8, 10, 12, 14
		// (median 8)
		introduction("REQUESTED", null, null, this.id);
		introduction("ACCEPTED", 2, null, this.id);
		introduction("DECLINED", 4, null, this.id);
		introduction("DECLINED", 6, null, this.id);
		introduction("EXPIRED", null, null, this.id);
		introduction("WITHDRAWN", null, null, this.id);
		introduction("COMPLETED", 8, "met", this.id);
		introduction("COMPLETED", 10, "mentoring-started", this.id);
		introduction("COMPLETED", 12, null, this.id);
		// stored under the programme's name, as before V0008: counted too
		introduction("COMPLETED", 14, "no-meeting", this.name);
		introduction("DECLINED", 1, null, this.otherId);
		introduction("COMPLETED", 1, "met", this.otherId);

		this.mvc.perform(get("/api/analytics/programmes/" + this.id + "?from=2025-01-01&to=2026-01-01").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programme.id").value(this.id))
			.andExpect(jsonPath("$.programme.name").value(this.name))
			.andExpect(jsonPath("$.from").value("2025-01-01T00:00Z"))
			.andExpect(jsonPath("$.introductions.requested").value(10))
			.andExpect(jsonPath("$.introductions.accepted").value(5))
			.andExpect(jsonPath("$.introductions.declined").value(2))
			.andExpect(jsonPath("$.introductions.completed").value(4))
			.andExpect(jsonPath("$.introductions.expired").value(1))
			.andExpect(jsonPath("$.introductions.withdrawn").value(1))
			.andExpect(jsonPath("$.introductions.pending").value(1))
			.andExpect(jsonPath("$.introductions.acceptanceRate").value(5.0 / 7))
			.andExpect(jsonPath("$.introductions.medianHoursToDecision").value(8.0))
			.andExpect(jsonPath("$.introductions.outcomes.met").value(1))
			.andExpect(jsonPath("$.introductions.outcomes.mentoringStarted").value(1))
			.andExpect(jsonPath("$.introductions.outcomes.noMeeting").value(1))
			.andExpect(jsonPath("$.introductions.outcomes.unanswered").value(1))
			.andExpect(jsonPath("$.mentoring.requested").value(7))
			.andExpect(jsonPath("$.mentoring.pending").value(1))
			.andExpect(jsonPath("$.mentoring.exploring").value(1))
			.andExpect(jsonPath("$.mentoring.accepted").value(4))
			.andExpect(jsonPath("$.mentoring.active").value(3))
			.andExpect(jsonPath("$.mentoring.ended").value(1))
			.andExpect(jsonPath("$.mentoring.declined").value(1))
			.andExpect(jsonPath("$.mentoring.medianDaysToMatch").value(4.0))
			.andExpect(jsonPath("$.mentoring.mentors").value(2))
			.andExpect(jsonPath("$.mentoring.mentorsAtCapacity").value(1))
			.andExpect(jsonPath("$.mentoring.shareAtCapacity").value(0.5))
			.andExpect(jsonPath("$.capacity.capacity").value(5))
			.andExpect(jsonPath("$.capacity.used").value(3));

		// the window: only what was asked for from April on
		this.mvc.perform(get("/api/analytics/programmes/" + this.id + "?from=2025-04-01").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentoring.requested").value(3))
			.andExpect(jsonPath("$.mentoring.medianDaysToMatch").value(10.0))
			.andExpect(jsonPath("$.introductions.requested").value(0))
			.andExpect(jsonPath("$.introductions.acceptanceRate").value(nullValue()));

		// the other programme: only its own
		this.mvc.perform(get("/api/analytics/programmes/" + this.otherId).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.introductions.requested").value(2))
			.andExpect(jsonPath("$.introductions.outcomes.met").value(1))
			.andExpect(jsonPath("$.mentoring.requested").value(2))
			.andExpect(jsonPath("$.mentoring.active").value(1))
			.andExpect(jsonPath("$.mentoring.declined").value(1))
			.andExpect(jsonPath("$.mentoring.medianDaysToMatch").value(nullValue()))
			.andExpect(jsonPath("$.mentoring.mentors").value(1))
			.andExpect(jsonPath("$.mentoring.mentorsAtCapacity").value(1))
			.andExpect(jsonPath("$.capacity.capacity").value(1))
			.andExpect(jsonPath("$.capacity.used").value(1));

		// the list form holds both; the network-wide funnel counts outcomes too
		this.mvc.perform(get("/api/analytics/programmes").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].programme.id", hasItem(this.id)))
			.andExpect(jsonPath("$[*].programme.id", hasItem(this.otherId)));
		this.mvc.perform(get("/api/analytics/introductions?programme=" + this.id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomes.met").value(1))
			.andExpect(jsonPath("$.outcomes.mentoringStarted").value(1))
			.andExpect(jsonPath("$.outcomes.unanswered").value(1));
	}

	@Test
	void unknownProgrammesAre404AndMembersAre403() throws Exception {
		importPeopleAndMentoring();
		this.mvc.perform(get("/api/analytics/programmes/no-such-" + this.prefix).with(ADMIN))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/analytics/programmes/" + this.id + "?from=tomorrow").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("from"));
		RequestPostProcessor member = this.data.accounts().as(this.data.accounts().member(p("m1")));
		this.mvc.perform(get("/api/analytics/programmes/" + this.id).with(member)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/analytics/programmes").with(member)).andExpect(status().isForbidden());
		// a programme lead reads the programmes they lead, and only those
		String lead = "lead-" + this.prefix;
		this.mvc
			.perform(post("/api/accounts").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + lead + "\", \"password\": \"" + MemberAccounts.PASSWORD
						+ "\", \"roles\": [\"PROGRAMME_LEAD\"], \"programmes\": [\"" + this.id + "\"]}"))
			.andExpect(status().isCreated());
		RequestPostProcessor asLead = this.data.accounts().as(lead);
		this.mvc.perform(get("/api/analytics/programmes/" + this.id).with(asLead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentoring.mentors").value(2));
		this.mvc.perform(get("/api/analytics/programmes").with(asLead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].programme.id", contains(this.id)));
		this.mvc.perform(get("/api/analytics/programmes/" + this.otherId).with(asLead))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/analytics/summary").with(asLead)).andExpect(status().isForbidden());
		RequestPostProcessor analyst = this.data.accounts().as(this.data.accounts().analyst());
		this.mvc.perform(get("/api/analytics/programmes/" + this.id).with(analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentoring.mentors").value(2));
	}

	private void mentoring(String mentor, String mentee, String status, String requestedAt, String decidedAt,
			String since, String programme) {
		write("MATCH (m:Person {id: $m}), (e:Person {id: $e}) "
				+ "CREATE (m)-[r:MENTORS {status: $status, programme: $programme, requestedAt: datetime($requestedAt)}]->(e) "
				+ "SET r.decidedAt = datetime($decidedAt), r.since = date($since), "
				+ "r.exploringSince = CASE WHEN $status = 'EXPLORING' THEN datetime($requestedAt) END",
				params("m", p(mentor), "e", p(mentee), "status", status, "programme", programme, "requestedAt",
						requestedAt, "decidedAt", decidedAt, "since", since));
	}

	private int introductions;

	/**
	 * An introduction e1 asks of m1 towards e2, asked in March 2025, decided after so
	 * many hours.
	 */
	private void introduction(String status, Integer hoursToDecision, String outcome, String programme) {
		String at = "2025-03-" + String.format("%02d", 1 + this.introductions++) + "T09:00Z";
		write("MATCH (r:Person {id: $r}), (v:Person {id: $v}), (t:Person {id: $t}) "
				+ "CREATE (r)-[:REQUESTED]->(i:Introduction {id: $id, status: $status, programme: $programme, "
				+ "requestedAt: datetime($at), outcome: $outcome})-[:VIA]->(v), (i)-[:TO]->(t) "
				+ "SET i.decidedAt = CASE WHEN $hours IS NULL THEN null "
				+ "ELSE datetime($at) + duration({hours: $hours}) END",
				params("r", p("e1"), "v", p("m1"), "t", p("e2"), "id", this.prefix + "i" + this.introductions, "status",
						status, "programme", programme, "at", at, "outcome", outcome, "hours", hoursToDecision));
	}

	private void write(String cypher, Map<String, Object> parameters) {
		this.driver.executableQuery(cypher).withParameters(parameters).execute();
	}

	private static Map<String, Object> params(Object... keysAndValues) {
		Map<String, Object> map = new java.util.HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static ByteArrayInputStream stream(CharSequence csv) {
		return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
