package org.warmpath.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consent to stand in the middle of introduction paths is opt-in and the person's own:
 * nobody is open who has not said yes, and once a member has set it through
 * {@code /api/me}, neither an admin edit nor a re-import opens them again.
 */
@WarmPathTest
class ConsentTests {

	private final MockMvc mvc;

	private final TestData data;

	private final Driver driver;

	private final Projection projection;

	@Autowired
	ConsentTests(MockMvc mvc, TestData data, Driver driver, Projection projection) {
		this.mvc = mvc;
		this.data = data;
		this.driver = driver;
		this.projection = projection;
	}

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	private ResultActions setMyConsent(MemberAccounts accounts, String member, boolean open) throws Exception {
		return this.mvc
			.perform(patch("/api/me").with(accounts.as(member))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openToIntroductions\": " + open + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openToIntroductions").value(open));
	}

	private ResultActions closeMyself(MemberAccounts accounts, String member) throws Exception {
		return setMyConsent(accounts, member, false);
	}

	private ResultActions adminEdit(String id, String json) throws Exception {
		return this.mvc
			.perform(put("/api/people/" + id).with(admin()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	private ResultActions upload(String path, String csv) throws Exception {
		return this.mvc
			.perform(post(path).with(admin()).contentType(CSV).content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private boolean openInProjection(String id) {
		var g = this.projection.snapshot().graph();
		return g.isOpen(g.indexOf(id));
	}

	@Test
	void aMembersClosedConsentSurvivesAnAdminEditOfTheirName() throws Exception {
		TestGraphs g = this.data.graph().people("me", "other").ties("me-other:0.5");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		closeMyself(accounts, me);

		adminEdit(g.id("me"), "{\"name\":\"Renamed by admin\"}").andExpect(jsonPath("$.name").value("Renamed by admin"))
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		this.mvc.perform(get("/api/me").with(accounts.as(me))).andExpect(status().isOk());
		this.mvc.perform(get("/api/people/" + g.id("me")).with(accounts.as(me)))
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(openInProjection(g.id("me"))).isFalse();
	}

	@Test
	void aMembersOpenConsentSurvivesAnAdminEditThatLeavesTheFieldOut() throws Exception {
		TestGraphs g = this.data.graph().people("me:closed");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		setMyConsent(accounts, me, true);

		adminEdit(g.id("me"), "{\"name\":\"Renamed by admin\"}")
			.andExpect(jsonPath("$.openToIntroductions").value(true));
		assertThat(openInProjection(g.id("me"))).isTrue();
	}

	@Test
	void anAdminMayCloseButNeverOpenAMemberWhoSetTheirOwnConsent() throws Exception {
		TestGraphs g = this.data.graph().people("me:closed");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		setMyConsent(accounts, me, true);

		adminEdit(g.id("me"), "{\"name\":\"Test me\",\"openToIntroductions\":false}")
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(openInProjection(g.id("me"))).isFalse();
		this.mvc
			.perform(put("/api/people/" + g.id("me")).with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Test me\",\"openToIntroductions\":true}"))
			.andExpect(status().isConflict());
		assertThat(openInProjection(g.id("me"))).isFalse();
	}

	/**
	 * Issue 12: an admin's request to open a member who closed themselves is refused
	 * whole (409 problem, {@code consent-owned-by-member}): the name edit in the same
	 * request is not applied, and the database and the projection keep them closed.
	 */
	@Test
	void anAdminOpeningAMemberWhoClosedThemselvesIsAConflictThatChangesNothing() throws Exception {
		TestGraphs g = this.data.graph().people("me", "other").ties("me-other:0.5");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		closeMyself(accounts, me);

		this.mvc
			.perform(put("/api/people/" + g.id("me")).with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Renamed by admin\",\"openToIntroductions\":true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/consent-owned-by-member")))
			.andExpect(jsonPath("$.field").value("openToIntroductions"));
		this.mvc.perform(get("/api/people/" + g.id("me")).with(admin()))
			.andExpect(jsonPath("$.name").value("Test me"))
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(openInProjection(g.id("me"))).isFalse();
		// closing stays an admin's right, and an edit that leaves the field out still
		// works
		adminEdit(g.id("me"), "{\"name\":\"Renamed by admin\"}")
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		adminEdit(g.id("me"), "{\"name\":\"Renamed by admin\",\"openToIntroductions\":false}")
			.andExpect(jsonPath("$.name").value("Renamed by admin"));
	}

	@Test
	void aMembersClosedConsentSurvivesAReimportAndTheReportSaysSo() throws Exception {
		TestGraphs g = this.data.graph().people("me", "other");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		closeMyself(accounts, me);

		upload("/api/import/people", """
				id,name,openToIntroductions
				%s,Test other,true
				%s,Test me again,true
				""".formatted(g.id("other"), g.id("me"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.consentKept").value(1))
			.andExpect(jsonPath("$.consentKeptLines", contains(3)));
		this.mvc.perform(get("/api/people/" + g.id("me")).with(accounts.as(me)))
			.andExpect(jsonPath("$.name").value("Test me again"))
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(openInProjection(g.id("me"))).isFalse();
		assertThat(openInProjection(g.id("other"))).isTrue();
	}

	@Test
	void aMembersVisibilityIsRecordedAsTheirOwnAndSurvivesAReimport() throws Exception {
		TestGraphs g = this.data.graph().people("me");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		MemberAccounts.makeConnectionsPrivate(this.mvc, accounts.as(me));
		upload("/api/import/people", "id,name\n%s,Test me\n".formatted(g.id("me"))).andExpect(status().isOk());
		var p = this.driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p")
			.withParameters(Map.of("id", g.id("me")))
			.execute()
			.records()
			.get(0)
			.get("p");
		assertThat(p.get("connectionVisibility").asString()).isEqualTo("private");
		assertThat(p.get("visibilitySetBy").asString(null)).isEqualTo("self");
		assertThat(p.get("consentSetBy").asString(null)).as("consent was not touched").isNull();
	}

	@Test
	void aLinkedInContactIsClosedToIntroductions() throws Exception {
		TestGraphs g = this.data.graph().people("owner");
		String slug = "consent-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(
				post("/api/import/linkedin").param("owner", g.id("owner")).with(admin()).contentType(CSV).content("""
						First Name,Last Name,URL,Email Address,Company,Position,Connected On
						Priya,Shah,https://www.linkedin.com/in/%s/,,Acme,Registrar,12 Mar 2024
						""".formatted(slug)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		this.mvc.perform(get("/api/people/li:" + slug).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(openInProjection("li:" + slug)).isFalse();
	}

	@Test
	void aRowWithoutTheColumnAndAnAdminCreatedPersonWithoutTheFieldAreClosed() throws Exception {
		String p = "c" + UUID.randomUUID().toString().substring(0, 8) + "-";
		upload("/api/import/people", "id,name\n%sa,Ada\n".formatted(p)).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/people/" + p + "b").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Bob\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		this.mvc.perform(get("/api/people/" + p + "a").with(admin()))
			.andExpect(jsonPath("$.openToIntroductions").value(false));
		assertThat(openInProjection(p + "a")).isFalse();
		assertThat(openInProjection(p + "b")).isFalse();
	}

}
