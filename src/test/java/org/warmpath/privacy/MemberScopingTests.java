package org.warmpath.privacy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class MemberScopingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ObjectMapper json;

	TestGraphs g;

	MemberAccounts accounts;

	String me;

	String c;

	String friend;

	@BeforeEach
	void graph() {
		// me - a - b - c - target: c is three hops from me
		this.g = this.data.graph()
			.people("me", "a", "b", "c", "target", "friend", "stranger")
			.ties("me-a:0.9", "a-b:0.9", "b-c:0.9", "c-target:0.9", "me-friend:0.5", "friend-target:0.5");
		this.accounts = this.data.accounts();
		this.me = this.accounts.member(this.g.id("me"));
		this.c = this.accounts.member(this.g.id("c"));
		this.friend = this.accounts.member(this.g.id("friend"));
	}

	private String paths(String from, String to) {
		return "/api/paths?mode=fewest&k=3&maxHops=5&from=" + this.g.id(from) + "&to=" + this.g.id(to);
	}

	@Test
	void membersAskOnlyFromThemselves() throws Exception {
		this.mvc.perform(get(paths("a", "target")).with(this.accounts.as(this.me)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.field").value("from"));
		this.mvc
			.perform(get("/api/people/" + this.g.id("a") + "/mutuals/" + this.g.id("target"))
				.with(this.accounts.as(this.me)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/mentors/recommendations?for=" + this.g.id("a")).with(this.accounts.as(this.me)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/mentors/recommendations?for=" + this.g.id("me")).with(this.accounts.as(this.me)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/people/" + this.g.id("a") + "/network").with(this.accounts.as(this.me)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/people/" + this.g.id("me") + "/network?depth=2").with(this.accounts.as(this.me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id", org.hamcrest.Matchers.hasItem(this.g.id("b"))));
		this.mvc.perform(get("/api/people/" + this.g.id("me") + "/network?depth=3").with(this.accounts.as(this.me)))
			.andExpect(status().isBadRequest());
		String analyst = this.accounts.analyst();
		this.mvc.perform(get(paths("me", "target")).with(this.accounts.as(analyst))).andExpect(status().isForbidden());
	}

	@Test
	void strangersBeyondTwoHopsAreRedactedUntilTheyAcceptAnIntroduction() throws Exception {
		// friend path is 2 hops; the long path via a, b, c is 4
		this.mvc.perform(get(paths("me", "target")).with(this.accounts.as(this.me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasSize(2)))
			.andExpect(jsonPath("$.paths[1].people[0]").value(this.g.id("me")))
			.andExpect(jsonPath("$.paths[1].people[1]").value(this.g.id("a")))
			.andExpect(jsonPath("$.paths[1].people[2]").value(this.g.id("b")))
			.andExpect(jsonPath("$.paths[1].people[3]", nullValue()))
			.andExpect(jsonPath("$.paths[1].people[4]").value(this.g.id("target")))
			.andExpect(jsonPath("$.paths[1].steps[2].to.id", nullValue()))
			.andExpect(jsonPath("$.paths[1].steps[2].to.name", nullValue()))
			.andExpect(jsonPath("$.paths[1].steps[2].to.headline", nullValue()))
			.andExpect(jsonPath("$.paths[1].steps[2].to.grade").value("Foundation doctor"))
			.andExpect(jsonPath("$.paths[1].steps[2].to.specialty").value("Cardiology"))
			.andExpect(jsonPath("$.paths[1].steps[3].from.id", nullValue()));
		// the admin sees everyone
		this.mvc.perform(get(paths("me", "target")).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.paths[1].people[3]").value(this.g.id("c")));
		// an introduction through c, along the path: the member cannot name hops hidden
		// from them (refused exactly as a hop that does not exist: no oracle), so an
		// admin
		// files it for them (blind introductions, which will do this for the member, are
		// not built yet); c accepts
		List<String> path = List.of(this.g.id("me"), this.g.id("a"), this.g.id("b"), this.g.id("c"),
				this.g.id("target"));
		this.mvc
			.perform(post("/api/introductions").with(this.accounts.as(this.me))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(Map.of("target", this.g.id("target"), "via", this.g.id("c"), "path", path))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/path-not-valid"));
		String body = this.json.writeValueAsString(Map.of("target", this.g.id("target"), "via", this.g.id("c"), "path",
				path, "requester", this.g.id("me")));
		String id = IntroductionRequests.create(this.mvc, httpBasic("admin", WarmPathTest.ADMIN_PASSWORD), body);
		this.mvc.perform(get(paths("me", "target")).with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.paths[1].people[3]", nullValue()));
		this.mvc.perform(post("/api/introductions/" + id + "/accept").with(this.accounts.as(this.c)))
			.andExpect(status().isOk());
		this.mvc.perform(get(paths("me", "target")).with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.paths[1].people[3]").value(this.g.id("c")))
			.andExpect(jsonPath("$.paths[1].steps[2].to.name").value("Test c"));
	}

	@Test
	void consentWithdrawnThroughMeAppliesToTheNextQuery() throws Exception {
		this.mvc.perform(get(paths("me", "target")).with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.paths[0].people[1]").value(this.g.id("friend")));
		this.mvc
			.perform(patch("/api/me").with(this.accounts.as(this.friend))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openToIntroductions\": false, \"headline\": \"Busy\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openToIntroductions").value(false))
			.andExpect(jsonPath("$.headline").value("Busy"));
		this.mvc.perform(get(paths("me", "target")).with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.paths", hasSize(1)))
			.andExpect(jsonPath("$.paths[0].people[1]").value(this.g.id("a")));
		this.mvc
			.perform(get("/api/people/" + this.g.id("me") + "/mutuals/" + this.g.id("target"))
				.with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.count").value(0));
	}

	@Test
	void meAcceptsOnlyTheAllowedFields() throws Exception {
		for (String body : List.of("{\"roles\": [\"ADMIN\"]}", "{\"seniority\": 5}",
				"{\"openToMentoring\": true, \"id\": \"x\"}", "{\"mentorCapacity\": 99}", "{\"mentorCapacity\": \"3\"}",
				"{\"connectionVisibility\": \"everyone\"}", "{}", "[1]")) {
			this.mvc
				.perform(patch("/api/me").with(this.accounts.as(this.me))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest());
		}
		this.mvc
			.perform(put("/api/me").with(this.accounts.as(this.me))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openToMentoring\": true}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/me").with(this.accounts.as(this.me))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openToIntroductions\": true, \"openToMentoring\": true, \"mentorCapacity\": 2,"
						+ " \"connectionVisibility\": \"private\", \"headline\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Test me"))
			.andExpect(jsonPath("$.mentorCapacity").value(2))
			.andExpect(jsonPath("$.connectionVisibility").value("private"));
		this.mvc
			.perform(patch("/api/me").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openToMentoring\": true}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void connectionListsFollowVisibility() throws Exception {
		String stranger = this.accounts.member(this.g.id("stranger"));
		String url = "/api/people/" + this.g.id("me") + "/connections";
		this.mvc.perform(get(url).with(this.accounts.as(this.friend))).andExpect(status().isOk());
		this.mvc.perform(get(url).with(this.accounts.as(stranger))).andExpect(status().isForbidden());
		this.mvc.perform(get(url).with(this.accounts.as(this.accounts.analyst()))).andExpect(status().isForbidden());
		// someone else's profile hides the private fields; one's own shows them
		this.mvc.perform(get("/api/people/" + this.g.id("me")).with(this.accounts.as(stranger)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Test me"))
			.andExpect(jsonPath("$.connectionVisibility", nullValue()));
		MemberAccounts.makeConnectionsPrivate(this.mvc, this.accounts.as(this.me));
		this.mvc.perform(get(url).with(this.accounts.as(this.friend))).andExpect(status().isForbidden());
		this.mvc.perform(get(url).with(this.accounts.as(this.me))).andExpect(status().isOk());
		// nor does friend's own two-hop network show me's other ties; target's still show
		this.mvc
			.perform(get("/api/people/" + this.g.id("friend") + "/network?depth=2").with(this.accounts.as(this.friend)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id", org.hamcrest.Matchers.hasItem(this.g.id("me"))))
			.andExpect(jsonPath("$.nodes[*].id", org.hamcrest.Matchers.hasItem(this.g.id("c"))))
			.andExpect(jsonPath("$.nodes[*].id",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(this.g.id("a")))));
		this.mvc
			.perform(get("/api/people/" + this.g.id("friend") + "/network?depth=2")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.nodes[*].id", org.hamcrest.Matchers.hasItem(this.g.id("a"))));
		// a private target's mutuals are a count without names
		this.mvc
			.perform(get("/api/people/" + this.g.id("friend") + "/mutuals/" + this.g.id("me"))
				.with(this.accounts.as(this.friend)))
			.andExpect(jsonPath("$.hidden").value(true))
			.andExpect(jsonPath("$.mutuals", hasSize(0)));
		this.mvc.perform(get("/api/people/" + this.g.id("me")).with(this.accounts.as(this.me)))
			.andExpect(jsonPath("$.connectionVisibility").value("private"));
	}

}
