package org.warmpath.introductions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15, approaching well: {@code GET /api/introductions/draft} drafts the message
 * from what the graph knows and the requester may see.
 */
@WarmPathTest
class IntroductionDraftTests {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);

	private final MockMvc mvc;

	private final TestData data;

	private final Imports imports;

	private final ObjectMapper json;

	@Autowired
	IntroductionDraftTests(MockMvc mvc, TestData data, Imports imports, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.imports = imports;
		this.json = json;
	}

	/**
	 * A mentee (FY1 in cardiology at St Elsewhere), their old colleague the helper, and a
	 * consultant cardiologist at the same hospital on the same programme; an outsider who
	 * knows the helper at another hospital.
	 */
	private TestGraphs network() {
		TestGraphs g = this.data.graph();
		String people = "id,name,grade,specialty,region,organisation,skills,programmes,openToIntroductions,"
				+ "openToMentoring,mentorCapacity\n" + g.id("mentee")
				+ ",Mia Mentee,FY1,Cardiology,Wales,St Elsewhere,Echocardiography;Teaching,Heart Buddies (mentee),true,false,0\n"
				+ g.id("helper") + ",Hal Helper,Specialty registrar,Cardiology,Wales,St Elsewhere,,,true,false,0\n"
				+ g.id("mentor")
				+ ",Meg Mentor,Consultant,Cardiology,Wales,St Elsewhere,Echocardiography,Heart Buddies (mentor),true,true,2\n"
				+ g.id("outsider") + ",Otto Outsider,Consultant,Neurology,London,Elsewhere General,,,true,true,2\n";
		String ties = "source,target,strength,context,since\n" + g.id("mentee") + "," + g.id("helper")
				+ ",0.8,worked together at St Elsewhere,2019-09-01\n" + g.id("helper") + "," + g.id("mentor")
				+ ",0.7,ward round partners,2015-02-01\n" + g.id("helper") + "," + g.id("outsider")
				+ ",0.6,conference,2020-01-01\n";
		ImportReport p = this.imports.importPeople(stream(people), ImportMode.STRICT);
		assertThat(p.rejected()).as(p.errors().toString()).isZero();
		ImportReport t = this.imports.importConnections(stream(ties), ImportMode.STRICT);
		assertThat(t.rejected()).as(t.errors().toString()).isZero();
		return g;
	}

	@Test
	void aDraftSaysHowWeKnowEachOtherWhatWeShareTheNeedAndTheGoals() throws Exception {
		TestGraphs g = network();
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		setProfile(mentee, "Pass the MRCP and find my way into cardiology research.", "exams");

		JsonNode draft = read(
				draft(mentee, g.id("mentor"), g.id("helper"), "career-planning").andExpect(status().isOk()));
		String message = draft.get("message").asText();
		assertThat(draft.get("subject").asText()).contains("Meg Mentor");
		assertThat(message).startsWith("Hello Hal Helper,")
			.contains("we worked together at St Elsewhere since 2019")
			.contains("introduce me to Meg Mentor")
			.contains("ward round partners, since 2015")
			.contains("Dear Meg Mentor,")
			.contains("St Elsewhere, Cardiology, the Wales region, the Heart Buddies programme and an interest in "
					+ "Echocardiography in common")
			.contains("help with career planning")
			.contains("Pass the MRCP and find my way into cardiology research")
			.contains("as a Consultant")
			.endsWith("Best wishes,\nMia Mentee");
		assertThat(kinds(draft)).containsExactly("requester-introducer", "introducer-target", "shared-organisation",
				"shared-specialty", "shared-region", "shared-programme", "shared-skills", "need", "goals", "level");
		assertThat(fact(draft, "need").get("text").asText()).isEqualTo("Career planning");
		assertThat(fact(draft, "level").get("text").asText()).isEqualTo("senior");
		assertThat(fact(draft, "requester-introducer").get("detail").asText()).isEqualTo("2019");

		// without a need named, the member's own need from their profile
		JsonNode own = read(draft(mentee, g.id("mentor"), g.id("helper"), null).andExpect(status().isOk()));
		assertThat(fact(own, "need").get("text").asText()).isEqualTo("Exams");
		assertThat(own.get("message").asText()).contains("help with exams");

		// nothing shared with someone at another hospital in another specialty and region
		JsonNode other = read(draft(mentee, g.id("outsider"), g.id("helper"), null).andExpect(status().isOk()));
		assertThat(kinds(other)).doesNotContain("shared-organisation", "shared-specialty", "shared-region",
				"shared-programme", "shared-skills");
		assertThat(other.get("message").asText()).doesNotContain("in common").doesNotContain("St Elsewhere,");
	}

	@Test
	void aTieTheRequesterMayNotSeeIsNeverMentioned() throws Exception {
		TestGraphs g = network();
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		RequestPostProcessor mentor = accounts.as(accounts.member(g.id("mentor")));
		MemberAccounts.makeConnectionsPrivate(this.mvc, mentor);

		// the member: the same answer as the request itself, nothing about the tie
		JsonNode refused = read(
				draft(mentee, g.id("mentor"), g.id("helper"), null).andExpect(status().isUnprocessableEntity()));
		assertThat(refused.toString()).doesNotContain("ward round");
		JsonNode requested = read(this.mvc
			.perform(post("/api/introductions").with(mentee)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", g.id("mentor"), "via", g.id("helper")))))
			.andExpect(status().isUnprocessableEntity()));
		assertSameProblem(refused, requested);

		// an admin drafting for the member: the draft is the member's, so the private
		// tie's context stays out of it while the rest is there
		JsonNode forThem = read(this.mvc
			.perform(get("/api/introductions/draft").with(ADMIN)
				.param("target", g.id("mentor"))
				.param("via", g.id("helper"))
				.param("requester", g.id("mentee")))
			.andExpect(status().isOk()));
		assertThat(forThem.toString()).doesNotContain("ward round").doesNotContain("2015");
		assertThat(kinds(forThem)).doesNotContain("introducer-target").contains("requester-introducer");
		assertThat(forThem.get("message").asText()).contains("we worked together at St Elsewhere since 2019");
	}

	@Test
	void anIntroducerWhoDoesNotKnowBothSidesGetsTheRequestsAnswer() throws Exception {
		TestGraphs g = network();
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		// the outsider knows the helper, not the mentee
		JsonNode refused = read(
				draft(mentee, g.id("helper"), g.id("outsider"), null).andExpect(status().isUnprocessableEntity()));
		JsonNode requested = read(
				this.mvc
					.perform(post("/api/introductions").with(mentee)
						.contentType(MediaType.APPLICATION_JSON)
						.content(this.json
							.writeValueAsString(Map.of("target", g.id("helper"), "via", g.id("outsider")))))
					.andExpect(status().isUnprocessableEntity()));
		assertSameProblem(refused, requested);
		assertThat(refused.get("type").asText()).endsWith("introducer-not-connected");

		draft(mentee, g.id("nobody"), g.id("helper"), null).andExpect(status().isNotFound());
		draft(mentee, g.id("mentor"), g.id("nobody"), null).andExpect(status().isNotFound());
	}

	@Test
	void aNeedOutsideTheVocabularyIsABadRequestNamingNeed() throws Exception {
		TestGraphs g = network();
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		JsonNode problem = read(
				draft(mentee, g.id("mentor"), g.id("helper"), "world-domination").andExpect(status().isBadRequest()));
		assertThat(problem.get("field").asText()).isEqualTo("need");
		// a member drafts for themselves only
		this.mvc
			.perform(get("/api/introductions/draft").with(mentee)
				.param("target", g.id("mentor"))
				.param("via", g.id("helper"))
				.param("requester", g.id("outsider")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDraftFollowsTheProfilesGoals() throws Exception {
		TestGraphs g = network();
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		JsonNode before = read(draft(mentee, g.id("mentor"), g.id("helper"), "research").andExpect(status().isOk()));
		assertThat(kinds(before)).doesNotContain("goals");

		setProfile(mentee, "Start a first audit this year.", null);
		JsonNode first = read(draft(mentee, g.id("mentor"), g.id("helper"), "research").andExpect(status().isOk()));
		assertThat(first.get("message").asText()).contains("Start a first audit this year");
		assertThat(fact(first, "goals").get("text").asText()).isEqualTo("Start a first audit this year");

		setProfile(mentee, "Publish a case report before ST3 applications.", null);
		JsonNode second = read(draft(mentee, g.id("mentor"), g.id("helper"), "research").andExpect(status().isOk()));
		assertThat(second.get("message").asText()).contains("Publish a case report before ST3 applications")
			.doesNotContain("audit");
	}

	private void setProfile(RequestPostProcessor member, String goals, String need) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("goals", goals);
		if (need != null) {
			body.put("needs", List.of(need));
		}
		this.mvc
			.perform(patch("/api/me").with(member)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isOk());
	}

	private ResultActions draft(RequestPostProcessor as, String target, String via, String need) throws Exception {
		var request = get("/api/introductions/draft").with(as).param("target", target).param("via", via);
		if (need != null) {
			request.param("need", need);
		}
		return this.mvc.perform(request);
	}

	private void assertSameProblem(JsonNode a, JsonNode b) {
		for (String key : List.of("type", "title", "status", "detail", "field")) {
			assertThat(a.get(key)).as(key).isEqualTo(b.get(key));
		}
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static List<String> kinds(JsonNode draft) {
		List<String> kinds = new ArrayList<>();
		draft.get("facts").forEach(f -> kinds.add(f.get("kind").asText()));
		return kinds;
	}

	private static JsonNode fact(JsonNode draft, String kind) {
		for (JsonNode f : draft.get("facts")) {
			if (f.get("kind").asText().equals(kind)) {
				return f;
			}
		}
		throw new AssertionError("no fact " + kind + " in " + draft);
	}

	private static ByteArrayInputStream stream(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}

}
