package org.warmpath.privacy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.projection.Projection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's own profile: every field they own through {@code PATCH /api/me}, the words
 * of {@code GET /api/vocabulary}, and the next query seeing the change.
 */
@WarmPathTest
class ProfileTests {

	private final MockMvc mvc;

	private final TestData data;

	private TestGraphs g;

	private MemberAccounts accounts;

	private String me;

	private final Projection projection;

	@Autowired
	ProfileTests(MockMvc mvc, TestData data, Projection projection) {
		this.mvc = mvc;
		this.data = data;
		this.projection = projection;
	}

	@BeforeEach
	void member() {
		// a-x-b: x stands in the middle of the path from a to b
		this.g = this.data.graph()
			.people("a", "x", "b", "mentee", "mentor:mentor=2")
			.ties("a-x:0.9", "x-b:0.9", "mentee-mentor:0.8");
		this.accounts = this.data.accounts();
		this.me = this.accounts.member(this.g.id("x"));
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	private ResultActions patchMe(String user, String json) throws Exception {
		return this.mvc.perform(
				patch("/api/me").with(this.accounts.as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions profile() throws Exception {
		return this.mvc.perform(get("/api/me/profile").with(this.accounts.as(this.me))).andExpect(status().isOk());
	}

	private static final String EVERYTHING = """
			{"name": "Dr X Ample", "headline": "Registrar who likes teaching", "grade": "specialty-registrar-st3-st8",
			 "specialty": "dermatology", "region": "north-west", "organisation": "Northgate Hospitals",
			 "skills": ["Dermoscopy", "Teaching"], "goals": "Pass the SCE and start a research project",
			 "needs": ["exams", "research"], "openToIntroductions": true, "openToMentoring": true,
			 "mentorCapacity": 3, "connectionVisibility": "private"}""";

	@Test
	void patchSetsEveryFieldAMemberOwnsAndIsIdempotent() throws Exception {
		for (int i = 0; i < 2; i++) {
			patchMe(this.me, EVERYTHING).andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(this.g.id("x")))
				.andExpect(jsonPath("$.name").value("Dr X Ample"))
				.andExpect(jsonPath("$.grade").value("Specialty registrar (ST3-ST8)"))
				.andExpect(jsonPath("$.seniority").value(11))
				.andExpect(jsonPath("$.specialty").value("Dermatology"))
				.andExpect(jsonPath("$.region").value("North West"))
				.andExpect(jsonPath("$.organisation").value("Northgate Hospitals"))
				.andExpect(jsonPath("$.skills", hasSize(2)))
				.andExpect(jsonPath("$.goals").value("Pass the SCE and start a research project"))
				.andExpect(jsonPath("$.needs", contains("exams", "research")))
				.andExpect(jsonPath("$.openToMentoring").value(true))
				.andExpect(jsonPath("$.mentorCapacity").value(3))
				.andExpect(jsonPath("$.connectionVisibility").value("private"));
		}
		profile().andExpect(jsonPath("$.specialty").value("Dermatology"))
			.andExpect(jsonPath("$.needs", contains("exams", "research")))
			.andExpect(jsonPath("$.goals").value("Pass the SCE and start a research project"))
			.andExpect(jsonPath("$.headline").value("Registrar who likes teaching"));
		// the member's own words are part of what is held about them
		this.mvc.perform(get("/api/me/export").with(this.accounts.as(this.me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.specialty").value("Dermatology"))
			.andExpect(jsonPath("$.profile.goals").value("Pass the SCE and start a research project"))
			.andExpect(jsonPath("$.profile.needs", contains("exams", "research")));
		// left out stays; null or empty clears; an exact existing name is taken too
		patchMe(this.me, "{\"goals\": \"Only goals change\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.specialty").value("Dermatology"))
			.andExpect(jsonPath("$.needs", contains("exams", "research")))
			.andExpect(jsonPath("$.goals").value("Only goals change"));
		patchMe(this.me,
				"{\"specialty\": null, \"needs\": [], \"goals\": null, \"skills\": null, \"region\": \"Wales\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.specialty").value(nullValue()))
			.andExpect(jsonPath("$.region").value("Wales"))
			.andExpect(jsonPath("$.skills", empty()))
			.andExpect(jsonPath("$.needs", empty()))
			.andExpect(jsonPath("$.goals").value(nullValue()))
			.andExpect(jsonPath("$.name").value("Dr X Ample"));
		assertThat(this.g.count("MATCH (p:Person {id: $p + 'x'})-[:SPECIALISES_IN]->() RETURN count(*)")).isZero();
	}

	@Test
	void everyBadInputIsAProblemNamingItsFieldAndChangesNothing() throws Exception {
		patchMe(this.me, "{\"goals\": \"before\", \"needs\": [\"exams\"]}").andExpect(status().isOk());
		Map<String, String> bad = Map.ofEntries(Map.entry("{\"grade\": \"wizard\"}", "grade"),
				Map.entry("{\"specialty\": \"astrology\", \"goals\": \"after\"}", "specialty"),
				Map.entry("{\"goals\": \"after\", \"region\": \"mars\"}", "region"),
				Map.entry("{\"needs\": [\"exams\", \"world-peace\"]}", "needs"),
				Map.entry("{\"needs\": \"exams\"}", "needs"),
				Map.entry("{\"goals\": \"" + "g".repeat(ProfileSettings.MAX_GOALS + 1) + "\"}", "goals"),
				Map.entry("{\"goals\": 7}", "goals"), Map.entry("{\"name\": \"\"}", "name"),
				Map.entry("{\"name\": null}", "name"), Map.entry("{\"skills\": [\"ok\", 1]}", "skills"),
				Map.entry("{\"organisation\": \"!!!\"}", "organisation"),
				Map.entry("{\"specialty\": \"dermatology\", \"favouriteColour\": \"blue\"}", "favouriteColour"),
				Map.entry("{\"specialty\": \"dermatology\", \"mentorCapacity\": 51}", "mentorCapacity"));
		for (Map.Entry<String, String> e : bad.entrySet()) {
			patchMe(this.me, e.getKey()).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value(e.getValue()));
		}
		profile().andExpect(jsonPath("$.specialty").value("Cardiology"))
			.andExpect(jsonPath("$.region").value("Wales"))
			.andExpect(jsonPath("$.name").value("Test x"))
			.andExpect(jsonPath("$.goals").value("before"))
			.andExpect(jsonPath("$.needs", contains("exams")))
			.andExpect(jsonPath("$.mentorCapacity").value(0));
	}

	@Test
	void vocabularyListsTheWordsTheApiTakes() throws Exception {
		this.mvc.perform(get("/api/vocabulary")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/vocabulary").with(this.accounts.as(this.me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grades[?(@.id == 'consultant')].seniority", contains(15)))
			.andExpect(jsonPath("$.grades[?(@.id == 'fy1')].seniority", contains(6)))
			.andExpect(jsonPath("$.grades[?(@.id == 'fy2')].seniority", contains(7)))
			.andExpect(jsonPath("$.grades[?(@.id == 'medical-student-year-6')].seniority", contains(5)))
			.andExpect(jsonPath("$.grades[?(@.id == 'medical-director')].seniority", contains(19)))
			.andExpect(jsonPath("$.grades[?(@.id == 'chief-medical-officer')].seniority", contains(20)))
			.andExpect(jsonPath("$.grades[0].seniority").value(0))
			.andExpect(jsonPath("$.grades[*].label", hasItem("Specialty registrar (ST3-ST8)")))
			.andExpect(jsonPath("$.specialties[?(@.id == 'cardiology')].label", contains("Cardiology")))
			.andExpect(jsonPath("$.regions[?(@.id == 'north-west')].label", contains("North West")))
			.andExpect(jsonPath("$.needs[*].id", hasItem("career-planning")))
			.andExpect(jsonPath("$.needs[*].id", hasItem("returning-to-practice")))
			.andExpect(jsonPath("$.evidenceKinds", hasSize(11)))
			.andExpect(jsonPath("$.evidenceKinds[0].id").value("worked-together"))
			.andExpect(jsonPath("$.evidenceKinds[*].id", hasItem("i-supervised")));
		// a name only the graph holds is offered, and taken by its id
		String other = this.g.id("other");
		this.mvc
			.perform(put("/api/people/" + other).with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Other\", \"specialty\": \"Space medicine\"}"))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(get("/api/vocabulary").with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.specialties[?(@.id == 'space-medicine')].label", contains("Space medicine")));
		patchMe(this.me, "{\"specialty\": \"space-medicine\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.specialty").value("Space medicine"));
	}

	@Test
	void theNextQuerySeesTheChange() throws Exception {
		long rebuilds = this.projection.rebuilds();
		patchMe(this.me, "{\"specialty\": \"dermatology\", \"grade\": \"consultant\", \"organisation\": \"Fenmere\"}")
			.andExpect(status().isOk());
		// a path through x shows x's new card at once
		this.mvc.perform(get("/api/paths?from=" + this.g.id("a") + "&to=" + this.g.id("b")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[0].steps[0].to.id").value(this.g.id("x")))
			.andExpect(jsonPath("$.paths[0].steps[0].to.specialty").value("Dermatology"))
			.andExpect(jsonPath("$.paths[0].steps[0].to.grade").value("Consultant"))
			.andExpect(jsonPath("$.paths[0].steps[0].to.organisation").value("Fenmere"));
		// the directory
		this.mvc.perform(get("/api/people?q=" + this.g.id("x") + "&specialty=Dermatology").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", contains(this.g.id("x"))));
		// a mentor who changes specialty is found for it at once
		String mentor = this.accounts.member(this.g.id("mentor"));
		patchMe(mentor, "{\"specialty\": \"neurology\"}").andExpect(status().isOk());
		this.mvc
			.perform(get("/api/mentors/recommendations?for=" + this.g.id("mentee") + "&specialty=Neurology&limit=50")
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentors[?(@.person.id == '" + this.g.id("mentor") + "')].fit.specialty",
					contains(1.0)));
		assertThat(this.projection.rebuilds()).as("the cards replaced in place, no re-read").isEqualTo(rebuilds);
	}

	@Test
	void aProfileChangeKeepsTheMembersOwnConsent() throws Exception {
		patchMe(this.me, "{\"openToIntroductions\": false}").andExpect(status().isOk());
		patchMe(this.me, "{\"specialty\": \"dermatology\", \"name\": \"Closed X\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(this.g.count("MATCH (p:Person {id: $p + 'x'}) WHERE p.consentSetBy = 'self' "
				+ "AND p.openToIntroductions = false RETURN count(p)"))
			.isOne();
		// closed: no path through x
		this.mvc.perform(get("/api/paths?from=" + this.g.id("a") + "&to=" + this.g.id("b")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", empty()));
		// opening and a card change in one request: both, at once
		patchMe(this.me, "{\"openToIntroductions\": true, \"specialty\": \"neurology\"}").andExpect(status().isOk());
		this.mvc.perform(get("/api/paths?from=" + this.g.id("a") + "&to=" + this.g.id("b")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[0].steps[0].to.specialty").value("Neurology"))
			.andExpect(jsonPath("$.paths[0].steps[0].to.name").value("Closed X"));
		// only the member's own account may: the admin has no person of their own
		this.mvc.perform(
				patch("/api/me").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"goals\": \"x\"}"))
			.andExpect(status().isForbidden());
	}

}
