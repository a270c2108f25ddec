package org.warmpath.claims;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.accounts.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Claiming an unclaimed person: {@code POST /api/me/claims}, then an admin's
 * {@code GET /api/claims} and confirm or reject.
 */
@WarmPathTest
class ClaimTests {

	private final MockMvc mvc;

	private final TestData data;

	private final AccountManagement accounts;

	private final TestGraphs g;

	private final String slug = "c" + UUID.randomUUID().toString().substring(0, 8);

	private String priya;

	@Autowired
	ClaimTests(MockMvc mvc, TestData data, AccountManagement accounts) {
		this.mvc = mvc;
		this.data = data;
		this.accounts = accounts;
		this.g = data.graph().people("me", "other");
	}

	/** My LinkedIn import creates Priya, unclaimed. */
	@BeforeEach
	void importPriya() throws Exception {
		String csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
				+ "Priya,Shah,https://www.linkedin.com/in/" + this.slug + "priya,,,,\n";
		this.mvc
			.perform(post("/api/me/import/linkedin").with(as(this.data.accounts().member(this.g.id("me"))))
				.contentType(MediaType.parseMediaType("text/csv"))
				.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		this.priya = "li:" + this.slug + "priya";
	}

	RequestPostProcessor as(String username) {
		return this.data.accounts().as(username);
	}

	RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	ResultActions claim(RequestPostProcessor as, String personId) throws Exception {
		return this.mvc.perform(post("/api/me/claims").with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\": \"" + personId + "\"}"));
	}

	@Test
	void anAccountWithoutAPersonClaimsAnUnclaimedPersonAndAnAdminConfirms() throws Exception {
		String newcomer = this.data.accounts().analyst();
		String body = claim(as(newcomer), this.priya).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.personId").value(this.priya))
			.andExpect(jsonPath("$.createdBy").value(this.g.id("me")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		// asking again is the same claim
		claim(as(newcomer), this.priya).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
		this.mvc.perform(get("/api/me/claims").with(as(newcomer))).andExpect(jsonPath("$[0].id").value(id));

		// only admins see and decide claims
		this.mvc.perform(get("/api/claims").with(as(newcomer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/claims/" + id + "/confirm").with(as(newcomer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/claims?status=pending").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));

		this.mvc.perform(post("/api/claims/" + id + "/confirm").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.decidedBy").value("admin"));
		CurrentUser user = (CurrentUser) this.accounts.loadUserByUsername(newcomer);
		assertThat(user.personId()).isEqualTo(this.priya);
		assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_MEMBER");
		assertThat(
				this.data.count("MATCH (p:Person {id: $id, claimed: true}) RETURN count(p)", Map.of("id", this.priya)))
			.isEqualTo(1);
		// confirming again answers the claim as it is
		this.mvc.perform(post("/api/claims/" + id + "/confirm").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));

		// a claimed person cannot be claimed again
		claim(as(this.data.accounts().analyst()), this.priya).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/person-claimed"));
	}

	@Test
	void refusals() throws Exception {
		// a member already speaks for a person
		claim(as(this.data.accounts().member(this.g.id("other"))), this.priya).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/already-linked"));
		// someone not created from a LinkedIn file is not unclaimed
		claim(as(this.data.accounts().analyst()), this.g.id("other")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/person-claimed"));
		claim(as(this.data.accounts().analyst()), this.g.id("ghost")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/me/claims").with(as(this.data.accounts().analyst()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("personId"));
		this.mvc.perform(post("/api/claims/nope/confirm").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void anAdminRejectsAClaimAndTheAccountMayAskAgain() throws Exception {
		String newcomer = this.data.accounts().analyst();
		String id = JsonPath.read(claim(as(newcomer), this.priya).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc
			.perform(post("/api/claims/" + id + "/reject").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"not you\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.reason").value("not you"));
		this.mvc.perform(post("/api/claims/" + id + "/confirm").with(admin())).andExpect(status().isConflict());
		assertThat(((CurrentUser) this.accounts.loadUserByUsername(newcomer)).personId()).isNull();
		claim(as(newcomer), this.priya).andExpect(status().isCreated());
	}

}
