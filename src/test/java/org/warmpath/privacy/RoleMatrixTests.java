package org.warmpath.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint x every role x own or someone else's object: the expected status, and
 * for person-bearing answers which fields appear. One table, checked in one pass so that
 * every mismatch is reported together.
 */
@WarmPathTest
class RoleMatrixTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	@Autowired
	RoleMatrixTests(MockMvc mvc, TestData data, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
	}

	/**
	 * One cell: who, what, expected status, and fields that must (or must not) be
	 * present.
	 */
	record Cell(String who, String what, Supplier<MockHttpServletRequestBuilder> request, RequestPostProcessor as,
			int status, List<String> present, List<String> absent) {
	}

	@Test
	void everyEndpointByRoleAndOwnership() throws Exception {
		TestGraphs g = this.data.graph()
			.people("own", "other", "via", "tgt", "mentor:mentor=5", "mentee")
			.ties("own-via:0.6", "via-tgt:0.6", "other-via:0.5", "own-other:0.5", "mentee-mentor:0.5");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor admin = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
		RequestPostProcessor analyst = accounts.as(accounts.analyst());
		RequestPostProcessor own = accounts.as(accounts.member(g.id("own")));
		RequestPostProcessor viaAccount = accounts.as(accounts.member(g.id("via")));
		RequestPostProcessor mentor = accounts.as(accounts.member(g.id("mentor")));
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		String ownId = g.id("own");
		String otherId = g.id("other");
		// an introduction own -> tgt via 'via', and another between people 'own' has
		// nothing to do with
		String mine = create(own, "{\"target\":\"" + g.id("tgt") + "\",\"via\":\"" + g.id("via") + "\"}");
		String theirs = create(admin, "{\"requester\":\"" + otherId + "\",\"goal\":\"Research\",\"target\":\""
				+ g.id("tgt") + "\",\"via\":\"" + g.id("via") + "\"}");
		this.mvc.perform(post("/api/mentoring/" + g.id("mentor") + "/requests").with(mentee));

		List<String> privateFields = List.of("connectionVisibility", "linkedinUrl", "createdAt", "updatedAt");
		List<Cell> cells = new ArrayList<>();
		// people directory: everyone; profiles: private fields only for oneself and
		// admins
		for (var who : List.of(new Object[] { "admin", admin }, new Object[] { "analyst", analyst },
				new Object[] { "member", own })) {
			cells.add(new Cell((String) who[0], "search people", () -> get("/api/people?q=" + ownId),
					(RequestPostProcessor) who[1], 200, List.of("items"), List.of()));
		}
		cells.add(new Cell("admin", "other's profile", () -> get("/api/people/" + otherId), admin, 200,
				List.of("name", "connectionVisibility"), List.of()));
		cells.add(new Cell("analyst", "a profile", () -> get("/api/people/" + otherId), analyst, 200, List.of("name"),
				privateFields));
		cells.add(new Cell("member", "own profile", () -> get("/api/people/" + ownId), own, 200,
				List.of("name", "connectionVisibility"), List.of()));
		cells.add(new Cell("member", "other's profile", () -> get("/api/people/" + otherId), own, 200, List.of("name"),
				privateFields));
		// connection lists
		cells.add(new Cell("admin", "other's connections", () -> get("/api/people/" + otherId + "/connections"), admin,
				200, List.of("items"), List.of()));
		cells.add(new Cell("analyst", "connections", () -> get("/api/people/" + otherId + "/connections"), analyst, 403,
				List.of(), List.of("items")));
		cells.add(new Cell("member", "own connections", () -> get("/api/people/" + ownId + "/connections"), own, 200,
				List.of("items"), List.of()));
		cells.add(new Cell("member", "a contact's connections", () -> get("/api/people/" + otherId + "/connections"),
				own, 200, List.of("items"), List.of()));
		cells.add(new Cell("member", "a stranger's connections",
				() -> get("/api/people/" + g.id("tgt") + "/connections"), own, 403, List.of(), List.of("items")));
		// admin writes
		String person = "{\"name\":\"Test own\",\"grade\":\"Foundation doctor\"}";
		for (var who : List.of(new Object[] { "analyst", analyst }, new Object[] { "member", own })) {
			RequestPostProcessor as = (RequestPostProcessor) who[1];
			cells.add(new Cell((String) who[0], "replace a person",
					() -> put("/api/people/" + ownId).contentType(MediaType.APPLICATION_JSON).content(person), as, 403,
					List.of(), List.of()));
			cells.add(new Cell((String) who[0], "delete a person", () -> delete("/api/people/" + otherId), as, 403,
					List.of(), List.of()));
			cells.add(new Cell((String) who[0], "connect people",
					() -> put("/api/people/" + ownId + "/connections/" + g.id("tgt")), as, 403, List.of(), List.of()));
			cells.add(new Cell((String) who[0], "list accounts", () -> get("/api/accounts"), as, 403, List.of(),
					List.of()));
			cells.add(new Cell((String) who[0], "import", () -> post("/api/import/people"), as, 403, List.of(),
					List.of()));
		}
		cells.add(new Cell("admin", "list accounts", () -> get("/api/accounts"), admin, 200, List.of(), List.of()));
		// person-level queries: admin any, member own only, analyst none
		for (String[] q : List.of(new String[] { "paths", "/api/paths?k=1&from=%s&to=" + g.id("tgt") },
				new String[] { "mutuals", "/api/people/%s/mutuals/" + g.id("tgt") },
				new String[] { "network", "/api/people/%s/network" },
				new String[] { "recommendations", "/api/mentors/recommendations?for=%s" })) {
			cells.add(new Cell("admin", "other's " + q[0], () -> get(q[1].formatted(otherId)), admin, 200, List.of(),
					List.of()));
			cells
				.add(new Cell("analyst", q[0], () -> get(q[1].formatted(otherId)), analyst, 403, List.of(), List.of()));
			cells.add(new Cell("member", "own " + q[0], () -> get(q[1].formatted(ownId)), own, 200, List.of(),
					List.of()));
			cells.add(new Cell("member", "other's " + q[0], () -> get(q[1].formatted(otherId)), own, 403, List.of(),
					List.of()));
		}
		// introductions
		cells.add(new Cell("admin", "all introductions", () -> get("/api/introductions"), admin, 200, List.of(),
				List.of()));
		cells.add(new Cell("analyst", "introductions", () -> get("/api/introductions"), analyst, 403, List.of(),
				List.of()));
		cells.add(new Cell("member", "own introductions", () -> get("/api/introductions"), own, 200, List.of(),
				List.of()));
		cells.add(new Cell("member", "other's introductions", () -> get("/api/introductions?person=" + otherId), own,
				403, List.of(), List.of()));
		cells.add(new Cell("admin", "other's introduction", () -> get("/api/introductions/" + theirs), admin, 200,
				List.of("goal", "requester"), List.of()));
		cells.add(new Cell("analyst", "an introduction", () -> get("/api/introductions/" + mine), analyst, 403,
				List.of(), List.of("requester")));
		cells.add(new Cell("member", "own introduction", () -> get("/api/introductions/" + mine), own, 200,
				List.of("requester", "introducer", "target"), List.of()));
		cells.add(new Cell("member", "other's introduction", () -> get("/api/introductions/" + theirs), own, 404,
				List.of(), List.of("requester")));
		cells.add(new Cell("analyst", "ask for an introduction",
				() -> post("/api/introductions").contentType(MediaType.APPLICATION_JSON)
					.content("{\"target\":\"" + g.id("tgt") + "\",\"via\":\"" + g.id("via") + "\"}"),
				analyst, 403, List.of(), List.of()));
		cells.add(new Cell("member", "ask for someone else",
				() -> post("/api/introductions").contentType(MediaType.APPLICATION_JSON)
					.content("{\"requester\":\"" + otherId + "\",\"target\":\"" + g.id("tgt") + "\",\"via\":\""
							+ g.id("via") + "\"}"),
				own, 403, List.of(), List.of()));
		cells.add(new Cell("analyst", "ask blindly",
				() -> post("/api/introductions/blind").contentType(MediaType.APPLICATION_JSON)
					.content("{\"target\":\"" + g.id("tgt") + "\"}"),
				analyst, 403, List.of(), List.of()));
		cells.add(new Cell("member", "ask blindly for someone else",
				() -> post("/api/introductions/blind").contentType(MediaType.APPLICATION_JSON)
					.content("{\"requester\":\"" + otherId + "\",\"target\":\"" + g.id("tgt") + "\"}"),
				own, 403, List.of(), List.of()));
		cells.add(new Cell("member", "accept own request as requester",
				() -> post("/api/introductions/" + mine + "/accept"), own, 403, List.of(), List.of()));
		cells.add(new Cell("member", "accept other's introduction",
				() -> post("/api/introductions/" + theirs + "/accept"), own, 404, List.of(), List.of()));
		cells.add(new Cell("analyst", "accept an introduction", () -> post("/api/introductions/" + mine + "/accept"),
				analyst, 403, List.of(), List.of()));
		cells.add(new Cell("member", "accept as introducer", () -> post("/api/introductions/" + mine + "/accept"),
				viaAccount, 200, List.of("decidedAt"), List.of()));
		cells.add(new Cell("admin", "decline for an introducer",
				() -> post("/api/introductions/" + theirs + "/decline"), admin, 200, List.of("decidedAt"), List.of()));
		// mentoring
		String mentoring = "/api/mentoring/" + g.id("mentor");
		cells.add(new Cell("analyst", "ask for mentoring", () -> post(mentoring + "/requests"), analyst, 403, List.of(),
				List.of()));
		cells.add(new Cell("member", "accept as someone else's mentor",
				() -> post(mentoring + "/accept/" + g.id("mentee")), own, 403, List.of(), List.of()));
		cells.add(new Cell("analyst", "accept a mentee", () -> post(mentoring + "/accept/" + g.id("mentee")), analyst,
				403, List.of(), List.of()));
		cells.add(new Cell("member", "see other's mentorship", () -> get(mentoring + "/mentees/" + g.id("mentee")), own,
				403, List.of(), List.of()));
		cells.add(new Cell("member", "accept as own mentor", () -> post(mentoring + "/accept/" + g.id("mentee")),
				mentor, 200, List.of("since"), List.of()));
		cells.add(new Cell("member", "see own mentorship", () -> get(mentoring + "/mentees/" + g.id("mentee")), mentee,
				200, List.of("status"), List.of()));
		cells.add(new Cell("admin", "see a mentorship", () -> get(mentoring + "/mentees/" + g.id("mentee")), admin, 200,
				List.of("status"), List.of()));
		// me
		for (var who : List.of(new Object[] { "admin", admin }, new Object[] { "analyst", analyst },
				new Object[] { "member", own })) {
			cells.add(new Cell((String) who[0], "who am I", () -> get("/api/me"), (RequestPostProcessor) who[1], 200,
					List.of("username", "roles", "personId"), List.of()));
		}
		for (var who : List.of(new Object[] { "admin", admin }, new Object[] { "analyst", analyst })) {
			RequestPostProcessor as = (RequestPostProcessor) who[1];
			cells.add(new Cell((String) who[0], "change own profile",
					() -> patch("/api/me").contentType(MediaType.APPLICATION_JSON).content("{\"headline\":\"x\"}"), as,
					403, List.of(), List.of()));
			cells.add(new Cell((String) who[0], "export", () -> get("/api/me/export"), as, 403, List.of(),
					List.of("profile")));
			cells.add(new Cell((String) who[0], "erase self", () -> delete("/api/me"), as, 403, List.of(), List.of()));
		}
		cells.add(new Cell("member", "change own profile",
				() -> patch("/api/me").contentType(MediaType.APPLICATION_JSON).content("{\"headline\":\"x\"}"), own,
				200, List.of("headline", "connectionVisibility"), List.of()));
		cells.add(new Cell("member", "export", () -> get("/api/me/export"), own, 200,
				List.of("profile", "ties", "introductions", "mentoring", "account"), List.of()));
		cells
			.add(new Cell("anonymous", "anything", () -> get("/api/introductions"), r -> r, 401, List.of(), List.of()));

		List<String> mismatches = new ArrayList<>();
		for (Cell cell : cells) {
			MvcResult result = this.mvc.perform(cell.request().get().with(cell.as())).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString();
			if (status != cell.status()) {
				mismatches.add(cell.who() + " / " + cell.what() + ": " + status + " (expected " + cell.status() + ")");
				continue;
			}
			JsonNode node = body.isBlank() ? null : this.json.readTree(body);
			if (status >= 400 && node != null && !node.has("type")) {
				mismatches.add(cell.who() + " / " + cell.what() + ": not problem+json");
			}
			for (String field : cell.present()) {
				if (node == null || !node.hasNonNull(field)) {
					mismatches.add(cell.who() + " / " + cell.what() + ": missing " + field);
				}
			}
			for (String field : cell.absent()) {
				if (node != null && node.hasNonNull(field)) {
					mismatches.add(cell.who() + " / " + cell.what() + ": must not show " + field);
				}
			}
		}
		assertThat(mismatches).isEmpty();
		// what a member's own list holds: only introductions they take part in
		String list = this.mvc.perform(get("/api/introductions").with(own))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(mine).doesNotContain(theirs);
	}

	private String create(RequestPostProcessor as, String body) throws Exception {
		return IntroductionRequests.create(this.mvc, as, body);
	}

}
