package org.warmpath.people;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class PeopleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

	@Test
	void everyApiEndpointNeedsAuthentication() throws Exception {
		this.mvc.perform(get("/api/people"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"WarmPath\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/people").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
	}

	@Test
	void searchIsPagedAndFiltered() throws Exception {
		this.mvc.perform(get("/api/people?size=5&page=1").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(250)));
		TestGraphs g = this.data.graph().people("findme");
		this.mvc.perform(get("/api/people?q=" + g.id("findme")).with(admin()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].specialty").value("Cardiology"))
			.andExpect(jsonPath("$.items[0].region").value("Wales"));
		this.mvc.perform(get("/api/people?specialty=cardiology&region=WALES&size=100").with(admin()))
			.andExpect(jsonPath("$.items[*].specialty",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("Cardiology"))));
		this.mvc.perform(get("/api/people?size=1000").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("size"));
	}

	@Test
	void profileShowsEverythingOneHopAway() throws Exception {
		TestGraphs g = this.data.graph().people("pro", "friend").ties("pro-friend:0.8");
		this.mvc.perform(get("/api/people/" + g.id("pro")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Test pro"))
			.andExpect(jsonPath("$.seniority").value(6))
			.andExpect(jsonPath("$.degree").value(1))
			.andExpect(jsonPath("$.connectionVisibility").value("connections"));
		this.mvc.perform(get("/api/people/" + g.id("pro") + "/connections").with(admin()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].person.id").value(g.id("friend")))
			.andExpect(jsonPath("$.items[0].strength").value(0.8))
			.andExpect(jsonPath("$.items[0].context").value("colleague"));
	}

	@Test
	void unknownPersonIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/people/no-such-person").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/person-not-found"))
			.andExpect(jsonPath("$.id").value("no-such-person"));
	}

	@Test
	void adminCreatesChangesAndDeletesPeopleAndTies() throws Exception {
		String a = "api-" + UUID.randomUUID();
		String b = "api-" + UUID.randomUUID();
		String body = "{\"name\":\"Dr New\",\"grade\":\"Consultant\",\"specialty\":\"Neurology\","
				+ "\"skills\":[\"teaching\"],\"openToMentoring\":true,\"mentorCapacity\":2}";
		this.mvc.perform(post("/api/people/" + a).contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seniority").value(15))
			.andExpect(jsonPath("$.skills[0]").value("teaching"))
			.andExpect(jsonPath("$.mentorCapacity").value(2));
		this.mvc.perform(post("/api/people/" + a).contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put("/api/people/" + b).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Dr Other\"}")
				.with(admin()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(put("/api/people/" + a + "/connections/" + b).contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":0.6,\"context\":\"colleague\",\"since\":\"2020-01-02\"}")
				.with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.person.id").value(b))
			.andExpect(jsonPath("$.since").value("2020-01-02"));
		this.mvc
			.perform(put("/api/people/" + a + "/connections/" + b).contentType(MediaType.APPLICATION_JSON)
				.content("{\"strength\":1.5}")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("strength"));
		this.mvc.perform(delete("/api/people/" + a + "/connections/" + b).with(admin()))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/people/" + a + "/connections/" + b).with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/people/" + a).with(admin())).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/people/" + a).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void invalidBodyNamesTheField() throws Exception {
		this.mvc
			.perform(post("/api/people/bad-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"mentorCapacity\":3}")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("name"));
		this.mvc
			.perform(post("/api/people/bad-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"mentorCapacity\":99}")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mentorCapacity"));
		this.mvc
			.perform(post("/api/people/bad-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
				.content("{not json")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jackson"))));
	}

	@Test
	void membersAndAnalystsCannotWrite() throws Exception {
		TestGraphs g = this.data.graph().people("member");
		String user = "m" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"member-password-1\",\"roles\":[\"MEMBER\"],"
						+ "\"personId\":\"" + g.id("member") + "\"}")
				.with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		this.mvc.perform(get("/api/people/" + g.id("member")).with(httpBasic(user, "member-password-1")))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/people/" + g.id("member")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Hacked\"}")
				.with(httpBasic(user, "member-password-1")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/accounts").with(httpBasic(user, "member-password-1")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"x" + user + "\",\"password\":\"member-password-1\",\"roles\":[\"MEMBER\"]}")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("personId"));
		this.mvc
			.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"y" + user + "\",\"password\":\"member-password-1\",\"roles\":[\"MEMBER\"],"
						+ "\"personId\":\"" + g.id("nobody") + "\"}")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("personId"))
			.andExpect(jsonPath("$.detail").value("No person with id '" + g.id("nobody") + "'"));
	}

	@Test
	void aDisabledAccountLosesItsSessionOnItsNextRequest() throws Exception {
		TestGraphs g = this.data.graph().people("session");
		String user = "s" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"member-password-1\",\"roles\":[\"MEMBER\"],"
						+ "\"personId\":\"" + g.id("session") + "\"}")
				.with(admin()))
			.andExpect(status().isCreated());
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(get("/api/me").with(httpBasic(user, "member-password-1")))
			.andExpect(status().isOk())
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/api/accounts/" + user + "/disable").with(admin())).andExpect(status().isOk());
		this.mvc.perform(get("/api/me").session(session))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/account-inactive"));
		this.mvc.perform(get("/api/me").with(httpBasic(user, "member-password-1")))
			.andExpect(status().isUnauthorized());
	}

}
