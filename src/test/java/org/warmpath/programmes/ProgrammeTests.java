package org.warmpath.programmes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.cypher.Cypher;
import org.warmpath.cypher.Writes;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.people.ProgrammeMembershipChanged;
import org.warmpath.people.Text;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
@RecordApplicationEvents
class ProgrammeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Imports imports;

	@Autowired
	ApplicationEvents events;

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private String create(String name, String kind) throws Exception {
		String body = this.mvc
			.perform(post("/api/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.id");
	}

	/**
	 * People of a test graph with columns after the id: name, openToMentoring,
	 * mentorCapacity, skills, organisation, programmes.
	 */
	private void people(TestGraphs g, String... rows) {
		StringBuilder csv = new StringBuilder(
				"id,name,grade,openToIntroductions,openToMentoring,mentorCapacity,skills,organisation,programmes\n");
		for (String row : rows) {
			String[] c = row.split(",", -1);
			csv.append(g.id(c[0]))
				.append(",Test ")
				.append(c[0])
				.append(",Consultant,true,")
				.append(c[1])
				.append(',')
				.append(c[2])
				.append(',')
				.append(c[3])
				.append(',')
				.append(c[4])
				.append(',')
				.append(c[5])
				.append('\n');
		}
		ImportReport report = this.imports.importPeople(stream(csv), ImportMode.STRICT);
		assertThat(report.rejected()).as(report.errors().toString()).isZero();
	}

	@Test
	void anAdminCreatesAProgrammeWhoseIdIsTheSlugOfItsName() throws Exception {
		String name = unique("Cardiff Buddy Scheme");
		this.mvc
			.perform(post("/api/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"kind\": \"buddy\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(Text.slug(name)))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.kind").value("buddy"))
			.andExpect(jsonPath("$.members").value(0));
		// the same name again, whatever its case, is a conflict
		this.mvc
			.perform(post("/api/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name.toUpperCase() + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.id").value(Text.slug(name)));
		// a different name with the same slug gets a numbered id
		this.mvc
			.perform(post("/api/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name.replace(' ', '&') + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(Text.slug(name) + "-2"))
			.andExpect(jsonPath("$.kind").value("other"));
		// an admin edits the name and the kind; the id stays
		this.mvc
			.perform(patch("/api/programmes/" + Text.slug(name)).with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"deanery\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.kind").value("deanery"));
		this.mvc
			.perform(patch("/api/programmes/no-such-programme").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"deanery\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadKindIsA400NamingKindAndWritesNothing() throws Exception {
		String name = unique("Bad Kind Scheme");
		this.mvc
			.perform(post("/api/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"kind\": \"secret-society\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("kind"));
		this.mvc.perform(get("/api/programmes/" + Text.slug(name)).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/programmes?kind=secret-society").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
		this.mvc
			.perform(post("/api/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"));
	}

	@Test
	void theListCountsMembersMentorsAndMentorsWithCapacity() throws Exception {
		TestGraphs g = this.data.graph();
		String programme = unique("Counting Mentoring Circle");
		String id = Text.slug(programme);
		// free: open, capacity 2, no mentee; full: open, capacity 1, one active mentee;
		// closed: not open to mentoring; mentee: a plain member
		people(g, "free,true,2,,,%s (mentor)".formatted(programme), "full,true,1,,,%s (mentor)".formatted(programme),
				"closed,false,0,,,%s".formatted(programme), "mentee,false,0,,,%s (mentee)".formatted(programme));
		ImportReport mentoring = this.imports.importMentoring(
				stream("mentor,mentee,status\n" + g.id("full") + "," + g.id("mentee") + ",ACTIVE\n"),
				ImportMode.STRICT);
		assertThat(mentoring.rejected()).isZero();
		String member = this.data.accounts().member(g.id("mentee"));
		this.mvc
			.perform(get("/api/programmes").param("q", programme.substring(programme.length() - 8))
				.with(this.data.accounts().as(member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].kind").value("other"))
			.andExpect(jsonPath("$[0].members").value(4))
			.andExpect(jsonPath("$[0].mentors").value(2))
			.andExpect(jsonPath("$[0].mentorsWithCapacity").value(1));
		this.mvc.perform(get("/api/programmes?kind=other").param("q", programme).with(admin()))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get("/api/programmes?kind=alumni").param("q", programme).with(admin()))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/programmes/" + id).with(this.data.accounts().as(member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members").value(4))
			.andExpect(jsonPath("$.memberList.total").value(4))
			.andExpect(jsonPath("$.memberList.items[*].id",
					contains(g.id("closed"), g.id("free"), g.id("full"), g.id("mentee"))))
			.andExpect(jsonPath("$.memberList.items[0].as").value("member"))
			.andExpect(jsonPath("$.memberList.items[3].as").value("mentee"))
			.andExpect(jsonPath("$.mentorsAvailable[*].id", contains(g.id("free"))))
			.andExpect(jsonPath("$.mentorsAvailable[0].capacityLeft").value(2));
	}

	@Test
	void membershipChangesAreIdempotentAndRefuseUnknownProgrammesAndPeople() throws Exception {
		TestGraphs g = this.data.graph().people("joiner");
		String id = create(unique("Joining Scheme"), "faculty");
		String path = "/api/programmes/" + id + "/members/" + g.id("joiner");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(
					post(path).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"as\": \"mentor\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.member").value(true))
				.andExpect(jsonPath("$.as").value("mentor"));
		}
		this.mvc.perform(get("/api/programmes/" + id).with(admin()))
			.andExpect(jsonPath("$.members").value(1))
			.andExpect(jsonPath("$.memberList.items[0].as").value("mentor"));
		// published once, for the change; the second request changed nothing
		assertThat(this.events.stream(ProgrammeMembershipChanged.class))
			.containsExactly(new ProgrammeMembershipChanged(g.id("joiner"), id, true, "mentor"));
		this.mvc.perform(get("/api/people/" + g.id("joiner")).with(admin()))
			.andExpect(jsonPath("$.programmes[0].id").value(id));
		// no body: a plain member
		this.mvc.perform(post(path).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.as").value("member"));
		this.mvc.perform(post(path).with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"as\": \"boss\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("as"));
		this.mvc.perform(post("/api/programmes/no-such-programme/members/" + g.id("joiner")).with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/programmes/" + id + "/members/" + g.id("nobody")).with(admin()))
			.andExpect(status().isNotFound());
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(delete(path).with(admin())).andExpect(status().isNoContent());
		}
		assertThat(this.events.stream(ProgrammeMembershipChanged.class)).containsExactly(
				new ProgrammeMembershipChanged(g.id("joiner"), id, true, "mentor"),
				new ProgrammeMembershipChanged(g.id("joiner"), id, true, "member"),
				new ProgrammeMembershipChanged(g.id("joiner"), id, false, null));
		this.mvc.perform(get("/api/programmes/" + id).with(admin())).andExpect(jsonPath("$.members").value(0));
		this.mvc.perform(delete("/api/programmes/" + id + "/members/" + g.id("nobody")).with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLeadManagesTheirOwnProgrammeAndNothingElse() throws Exception {
		TestGraphs g = this.data.graph().people("newcomer");
		String a = create(unique("Lead A Scheme"), "college-scheme");
		String b = create(unique("Lead B Scheme"), "college-scheme");
		String lead = "lead-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/accounts").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + lead + "\", \"password\": \"" + MemberAccounts.PASSWORD
						+ "\", \"roles\": [\"PROGRAMME_LEAD\"], \"programmes\": [\"" + a + "\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.programmes", contains(a)));
		RequestPostProcessor asLead = this.data.accounts().as(lead);
		this.mvc.perform(get("/api/me").with(asLead)).andExpect(jsonPath("$.programmes", contains(a)));
		this.mvc.perform(post("/api/programmes/" + a + "/members/" + g.id("newcomer")).with(asLead))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/programmes/" + a).with(asLead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberList.items[*].id", contains(g.id("newcomer"))));
		this.mvc.perform(delete("/api/programmes/" + a + "/members/" + g.id("newcomer")).with(asLead))
			.andExpect(status().isNoContent());
		// programme B, unknown programmes and the admin endpoints are refused
		this.mvc.perform(post("/api/programmes/" + b + "/members/" + g.id("newcomer")).with(asLead))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/programmes/" + b + "/members/" + g.id("newcomer")).with(asLead))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/programmes/no-such/members/" + g.id("newcomer")).with(asLead))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/programmes").with(asLead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + unique("Lead's own") + "\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(patch("/api/programmes/" + a).with(asLead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"alumni\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/accounts").with(asLead)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/analytics/summary").with(asLead)).andExpect(status().isForbidden());
		// a plain member leads nothing
		String member = this.data.accounts().member(g.id("newcomer"));
		this.mvc
			.perform(
					post("/api/programmes/" + a + "/members/" + g.id("newcomer")).with(this.data.accounts().as(member)))
			.andExpect(status().isForbidden());
		// the admin moves the lead to B
		this.mvc
			.perform(put("/api/accounts/" + lead + "/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmes\": [\"" + b + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programmes", contains(b)));
		this.mvc
			.perform(post("/api/programmes/" + b + "/members/" + g.id("newcomer")).with(this.data.accounts().as(lead)))
			.andExpect(status().isOk());
	}

	@Test
	void aLeadAccountMustNameExistingProgrammes() throws Exception {
		String lead = "lead-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/accounts").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + lead + "\", \"password\": \"" + MemberAccounts.PASSWORD
						+ "\", \"roles\": [\"PROGRAMME_LEAD\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("programmes"));
		this.mvc
			.perform(post("/api/accounts").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + lead + "\", \"password\": \"" + MemberAccounts.PASSWORD
						+ "\", \"roles\": [\"PROGRAMME_LEAD\"], \"programmes\": [\"no-such-programme\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("programmes"));
		this.mvc.perform(get("/api/accounts").with(admin()))
			.andExpect(jsonPath("$[?(@.username == '" + lead + "')]", hasSize(0)));
	}

	@Test
	void aStrangersPrivateMemberIsNotListedToAnotherMember() throws Exception {
		TestGraphs g = this.data.graph();
		String programme = unique("Private Members Scheme");
		String id = Text.slug(programme);
		people(g, "viewer,false,0,,,%s".formatted(programme), "hermit,true,1,,,%s (mentor)".formatted(programme));
		String hermit = this.data.accounts().member(g.id("hermit"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, this.data.accounts().as(hermit));
		String viewer = this.data.accounts().member(g.id("viewer"));
		this.mvc.perform(get("/api/programmes/" + id).with(this.data.accounts().as(viewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members").value(2))
			.andExpect(jsonPath("$.memberList.items[*].id", contains(g.id("viewer"))))
			.andExpect(jsonPath("$.memberList.total").value(1))
			.andExpect(jsonPath("$.memberList.hidden").value(1))
			.andExpect(jsonPath("$.mentorsAvailable", hasSize(0)));
		// the hermit sees themselves, an admin sees both
		this.mvc.perform(get("/api/programmes/" + id).with(this.data.accounts().as(hermit)))
			.andExpect(jsonPath("$.memberList.items[*].id", containsInAnyOrder(g.id("viewer"), g.id("hermit"))))
			.andExpect(jsonPath("$.mentorsAvailable[*].id", contains(g.id("hermit"))));
		this.mvc.perform(get("/api/programmes/" + id).with(admin()))
			.andExpect(jsonPath("$.memberList.items", hasSize(2)))
			.andExpect(jsonPath("$.memberList.hidden").value(0));
	}

	@Test
	void theDirectoryFiltersByProgrammeSkillAndOrganisation() throws Exception {
		TestGraphs g = this.data.graph();
		String programme = unique("Directory Scheme");
		String organisation = unique("Filter Hospital");
		String skill = unique("Echo");
		people(g, "one,false,0,%s,%s,%s".formatted(skill, organisation, programme),
				"two,false,0,%s;Teaching,,%s".formatted(skill, programme),
				"three,false,0,,%s,".formatted(organisation));
		RequestPostProcessor member = this.data.accounts().as(this.data.accounts().member(g.id("one")));
		this.mvc.perform(get("/api/people?programme=" + Text.slug(programme)).with(member))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id", contains(g.id("one"), g.id("two"))));
		this.mvc.perform(get("/api/people").param("skill", skill.toUpperCase()).with(member))
			.andExpect(jsonPath("$.items[*].id", contains(g.id("one"), g.id("two"))));
		this.mvc.perform(get("/api/people").param("organisation", organisation.toLowerCase()).with(member))
			.andExpect(jsonPath("$.items[*].id", contains(g.id("one"), g.id("three"))));
		this.mvc.perform(get("/api/people?organisation=" + Text.slug(organisation)).with(member))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc
			.perform(get("/api/people?programme=" + Text.slug(programme)).param("organisation", organisation)
				.with(member))
			.andExpect(jsonPath("$.items[*].id", contains(g.id("one"))));
		this.mvc.perform(get("/api/people?skill=" + "x".repeat(201)).with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("skill"));
	}

	private static ByteArrayInputStream stream(CharSequence csv) {
		return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	// --- writesall ---

	@Autowired
	Writes writes;

	/**
	 * The app writes on the embedded database's own transactions, whose constraint
	 * failure is no driver {@code ClientException}: a twin created past the name check
	 * (two admins at once) must still be recognised, so that it is answered 409, not 500.
	 */
	@Test
	void aTwinRefusedByTheConstraintOnTheEmbeddedDatabaseIsRecognised() throws Exception {
		String id = create(unique("Twin"), "buddy");
		assertThatThrownBy(() -> this.writes.execute(Duration.ofSeconds(30),
				tx -> tx.run(Cypher.query("programmes/create"), Map.of("id", id, "name", "Twin", "kind", "buddy"))))
			.isNotInstanceOf(ClientException.class)
			.satisfies(ex -> assertThat(Programmes.uniquenessViolated(ex)).isTrue());
		this.mvc.perform(get("/api/programmes/" + id).with(admin())).andExpect(status().isOk());
	}

	/** Admins creating one name at once: one is created, the others get 409, none 500. */
	@Test
	void concurrentCreatesOfOneNameGiveOneProgrammeAndConflicts() throws Exception {
		String name = unique("Race");
		int n = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(post("/api/programmes").with(admin())
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"name\": \"" + name + "\", \"kind\": \"buddy\"}"))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> a : answers) {
				statuses.add(a.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(201, 409);
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
