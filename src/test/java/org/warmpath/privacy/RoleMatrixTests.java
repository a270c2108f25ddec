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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint x every role x own or someone else's object: the expected status, and
 * for person-bearing answers which fields appear (issue 12's endpoints too: tokens, the
 * password change, analytics and jobs, exports, health and metrics). One table, checked
 * in one pass so that every mismatch is reported together.
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
		String viaUser = accounts.member(g.id("via"));
		RequestPostProcessor viaAccount = accounts.as(viaUser);
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
		issue12Cells(cells, g, accounts, admin, analyst, own, viaAccount, viaUser);

		List<String> mismatches = new ArrayList<>();
		for (Cell cell : cells) {
			MvcResult result = this.mvc.perform(cell.request().get().with(cell.as())).andReturn();
			if (result.getRequest().isAsyncStarted()) {
				// a streamed answer (exports): its status is the dispatched one
				result = this.mvc.perform(asyncDispatch(result)).andReturn();
			}
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

	/**
	 * The endpoints issue 12 added: personal access tokens (own and an admin's
	 * revocation), the password change, analytics and its jobs, exports and the
	 * operations endpoints; anonymous, a member for themselves and for someone else, an
	 * analyst and an admin, and a member signed in with a token.
	 */
	private void issue12Cells(List<Cell> cells, TestGraphs g, MemberAccounts accounts, RequestPostProcessor admin,
			RequestPostProcessor analyst, RequestPostProcessor own, RequestPostProcessor viaAccount, String viaUser)
			throws Exception {
		RequestPostProcessor anonymous = r -> r;
		String newToken = "{\"name\":\"matrix\",\"expiresInDays\":1}";
		Supplier<MockHttpServletRequestBuilder> createToken = () -> post("/api/me/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content(newToken);
		JsonNode ownToken = token(own, newToken);
		JsonNode ownSecond = token(own, newToken);
		JsonNode viaToken = token(viaAccount, newToken);
		JsonNode analystToken = token(analyst, newToken);
		RequestPostProcessor ownBearer = bearer(ownToken.get("token").asText());
		// tokens: every signed-in account has its own; only a password creates one
		cells.add(new Cell("anonymous", "create a token", createToken, anonymous, 401, List.of(), List.of("token")));
		cells.add(new Cell("member", "create own token", createToken, own, 201, List.of("id", "token", "expiresAt"),
				List.of()));
		cells.add(new Cell("member with a token", "create a token", createToken, ownBearer, 403, List.of(),
				List.of("token")));
		cells.add(new Cell("analyst", "create own token", createToken, analyst, 201, List.of("token"), List.of()));
		cells.add(new Cell("admin", "create own token", createToken, admin, 201, List.of("token"), List.of()));
		for (Object[] who : List.of(new Object[] { "anonymous", anonymous, 401 }, new Object[] { "member", own, 200 },
				new Object[] { "member with a token", ownBearer, 200 }, new Object[] { "analyst", analyst, 200 },
				new Object[] { "admin", admin, 200 })) {
			cells.add(new Cell((String) who[0], "list own tokens", () -> get("/api/me/tokens"),
					(RequestPostProcessor) who[1], (Integer) who[2], List.of(), List.of("token")));
		}
		cells.add(new Cell("anonymous", "revoke a token",
				() -> delete("/api/me/tokens/" + ownSecond.get("id").asText()), anonymous, 401, List.of(), List.of()));
		cells.add(new Cell("member", "revoke other's token",
				() -> delete("/api/me/tokens/" + viaToken.get("id").asText()), own, 404, List.of(), List.of()));
		cells.add(new Cell("analyst", "revoke a member's token",
				() -> delete("/api/me/tokens/" + viaToken.get("id").asText()), analyst, 404, List.of(), List.of()));
		cells.add(new Cell("member", "revoke own token", () -> delete("/api/me/tokens/" + ownSecond.get("id").asText()),
				own, 204, List.of(), List.of()));
		cells.add(new Cell("analyst", "revoke own token",
				() -> delete("/api/me/tokens/" + analystToken.get("id").asText()), analyst, 204, List.of(), List.of()));
		String viaRevoke = "/api/accounts/" + viaUser + "/tokens/" + viaToken.get("id").asText();
		for (Object[] who : List.of(new Object[] { "anonymous", anonymous, 401 }, new Object[] { "member", own, 403 },
				new Object[] { "member for themselves", viaAccount, 403 }, new Object[] { "analyst", analyst, 403 })) {
			cells.add(new Cell((String) who[0], "an admin's token revocation", () -> delete(viaRevoke),
					(RequestPostProcessor) who[1], (Integer) who[2], List.of(), List.of()));
			cells.add(new Cell((String) who[0], "list an account's tokens",
					() -> get("/api/accounts/" + viaUser + "/tokens"), (RequestPostProcessor) who[1], (Integer) who[2],
					List.of(), List.of()));
		}
		cells.add(new Cell("admin", "list an account's tokens", () -> get("/api/accounts/" + viaUser + "/tokens"),
				admin, 200, List.of(), List.of("token")));
		cells.add(new Cell("admin", "revoke a member's token", () -> delete(viaRevoke), admin, 204, List.of(),
				List.of()));
		cells.add(new Cell("member with a token", "who am I", () -> get("/api/me"), ownBearer, 200,
				List.of("username", "personId"), List.of()));
		// analytics and its jobs: analysts and admins; members, even about themselves,
		// not
		String job = this.json
			.readTree(this.mvc.perform(post("/api/analytics/summary/jobs").with(admin))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asText();
		String ownId = g.id("own");
		String otherId = g.id("other");
		for (String[] a : List.of(new String[] { "summary", "/api/analytics/summary" },
				new String[] { "communities", "/api/analytics/communities?limit=5" },
				new String[] { "introduction funnel", "/api/analytics/introductions" },
				new String[] { "reach from someone", "/api/analytics/reach?maxHops=2&from=" + otherId },
				new String[] { "a job", "/api/jobs/" + job })) {
			cells.add(new Cell("anonymous", a[0], () -> get(a[1]), anonymous, 401, List.of(), List.of()));
			cells.add(new Cell("member", a[0], () -> get(a[1]), own, 403, List.of(), List.of()));
			cells.add(new Cell("analyst", a[0], () -> get(a[1]), analyst, 200, List.of(), List.of()));
			cells.add(new Cell("admin", a[0], () -> get(a[1]), admin, 200, List.of(), List.of()));
		}
		cells.add(new Cell("member", "own reach", () -> get("/api/analytics/reach?maxHops=2&from=" + ownId), own, 403,
				List.of(), List.of("byHop")));
		cells.add(new Cell("member", "brokers", () -> get("/api/analytics/brokers"), own, 403, List.of(), List.of()));
		cells.add(new Cell("anonymous", "brokers", () -> get("/api/analytics/brokers"), anonymous, 401, List.of(),
				List.of()));
		for (Object[] who : List.of(new Object[] { "anonymous", anonymous, 401 }, new Object[] { "member", own, 403 },
				new Object[] { "member with a token", ownBearer, 403 }, new Object[] { "analyst", analyst, 202 },
				new Object[] { "admin", admin, 202 })) {
			cells.add(new Cell((String) who[0], "start a job", () -> post("/api/analytics/summary/jobs"),
					(RequestPostProcessor) who[1], (Integer) who[2], List.of(), List.of()));
		}
		// exports: analysts and admins
		String export = "/api/export?format=json&scope=ego:" + ownId + ":1";
		for (Object[] who : List.of(new Object[] { "anonymous", anonymous, 401 }, new Object[] { "member", own, 403 },
				new Object[] { "analyst", analyst, 200 }, new Object[] { "admin", admin, 200 })) {
			cells.add(new Cell((String) who[0], "export the network", () -> get(export), (RequestPostProcessor) who[1],
					(Integer) who[2], List.of(), List.of()));
		}
		// operations: the public sees the status alone; metrics are for admins
		for (Object[] who : List.of(new Object[] { "anonymous", anonymous }, new Object[] { "member", own },
				new Object[] { "analyst", analyst })) {
			cells.add(new Cell((String) who[0], "health", () -> get("/actuator/health"), (RequestPostProcessor) who[1],
					200, List.of("status"), List.of("components", "details")));
		}
		cells.add(new Cell("admin", "health", () -> get("/actuator/health"), admin, 200,
				List.of("status", "components"), List.of()));
		for (Object[] who : List.of(new Object[] { "anonymous", anonymous, 401 }, new Object[] { "member", own, 403 },
				new Object[] { "analyst", analyst, 403 }, new Object[] { "admin", admin, 200 })) {
			cells.add(new Cell((String) who[0], "metrics", () -> get("/actuator/metrics"),
					(RequestPostProcessor) who[1], (Integer) who[2], List.of(), List.of()));
		}
		// password: one's own only, with the current one (last: it changes an account the
		// cells above do not use)
		String change = "{\"current\":\"%s\",\"new\":\"a fresh passphrase for the matrix\"}";
		Supplier<MockHttpServletRequestBuilder> wrong = () -> post("/api/me/password")
			.contentType(MediaType.APPLICATION_JSON)
			.content(change.formatted("not the current password"));
		cells.add(new Cell("anonymous", "change a password", wrong, anonymous, 401, List.of(), List.of()));
		cells.add(new Cell("analyst", "change own password, wrong current", wrong, analyst, 403, List.of(), List.of()));
		RequestPostProcessor changer = accounts.as(accounts.member(g.id("tgt")));
		cells.add(new Cell("member", "change own password, wrong current", wrong, changer, 403, List.of(), List.of()));
		cells
			.add(new Cell("member", "change own password",
					() -> post("/api/me/password").contentType(MediaType.APPLICATION_JSON)
						.content(change.formatted(MemberAccounts.PASSWORD)),
					changer, 200, List.of("username"), List.of()));
	}

	/** A new personal access token of the account ({@code id}, {@code token}). */
	private JsonNode token(RequestPostProcessor as, String body) throws Exception {
		return this.json.readTree(
				this.mvc.perform(post("/api/me/tokens").with(as).contentType(MediaType.APPLICATION_JSON).content(body))
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	private static RequestPostProcessor bearer(String token) {
		return r -> {
			r.addHeader("Authorization", "Bearer " + token);
			return r;
		};
	}

	private String create(RequestPostProcessor as, String body) throws Exception {
		return IntroductionRequests.create(this.mvc, as, body);
	}

}
