package org.warmpath;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14's "Done means", through the API in one go: a member who starts with an account
 * linked to a bare person (a name and nothing else) fills in their profile from the
 * vocabulary, imports their LinkedIn file, vouches for a colleague who confirms and rates
 * the tie (which then explains itself on paths, in the network picture and in the data
 * export), asks a mentor for a named need, and the mentor sees it on their desk and
 * accepts it. Every write is sent twice and the second answer must be the first's (or,
 * where a second one is refused, leave the state as it was); every step takes one bad
 * input that must be a problem+json naming its field and change nothing.
 */
@WarmPathTest
class MemberJourneyTests {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final RequestPostProcessor ADMIN = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ObjectMapper json;

	/** Sends the same write twice; the second answer must be the first's. */
	private String twice(MockHttpServletRequestBuilder request, int status) throws Exception {
		String first = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// updatedAt is when something was last written, not part of what it holds: a
		// repeated PATCH /api/me or agreement writes it again (reported; the rest must
		// match)
		assertThat(withoutUpdatedAt(second)).as("the same write again gives the same answer")
			.isEqualTo(withoutUpdatedAt(first));
		return first;
	}

	private JsonNode withoutUpdatedAt(String body) throws Exception {
		JsonNode node = this.json.readTree(body);
		node.findParents("updatedAt")
			.forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("updatedAt"));
		return node;
	}

	/** A bad input: a problem+json, naming the field when {@code field} is given. */
	private ResultActions problem(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
		ResultActions result = this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		return (field != null) ? result.andExpect(jsonPath("$.field").value(field)) : result;
	}

	private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		return this.json.readTree(
				this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void aMemberWithOnlyAnAccountGetsAMentorThroughAWarmTie() throws Exception {
		TestGraphs g = this.data.graph().people("colleague", "mentor:mentor=2").ties("colleague-mentor:0.8");
		String meId = g.id("me");
		String colleagueId = g.id("colleague");
		String mentorId = g.id("mentor");
		// a bare person: a name and nothing else, and an account for it
		this.mvc.perform(jsonBody(put("/api/people/" + meId).with(ADMIN), "{\"name\": \"Jo Journey\"}"))
			.andExpect(status().is2xxSuccessful());
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor me = accounts.as(accounts.member(meId));
		RequestPostProcessor colleague = accounts.as(accounts.member(colleagueId));
		RequestPostProcessor mentor = accounts.as(accounts.member(mentorId));

		// 1. my profile, from the words the vocabulary offers
		JsonNode vocabulary = read(get("/api/vocabulary").with(me));
		String grade = vocabulary.get("grades").get(1).get("id").asText();
		String specialty = vocabulary.get("specialties").get(0).get("id").asText();
		String region = vocabulary.get("regions").get(0).get("id").asText();
		String need = vocabulary.get("needs").get(0).get("id").asText();
		String profile = this.json.writeValueAsString(
				Map.of("headline", "Core trainee looking for a mentor", "grade", grade, "specialty", specialty,
						"region", region, "organisation", "Fenmere Hospitals", "skills", java.util.List.of("Echo"),
						"goals", "Pass my exams and start research", "needs", java.util.List.of(need)));
		problem(jsonBody(patch("/api/me").with(me), "{\"grade\": \"wizard\", \"goals\": \"half\"}"), 400, "grade");
		twice(jsonBody(patch("/api/me").with(me), profile), 200);
		this.mvc.perform(get("/api/me/profile").with(me))
			.andExpect(jsonPath("$.name").value("Jo Journey"))
			.andExpect(jsonPath("$.goals").value("Pass my exams and start research"))
			.andExpect(jsonPath("$.needs", contains(need)))
			.andExpect(jsonPath("$.organisation").value("Fenmere Hospitals"));

		// 2. my LinkedIn file: a contact WarmPath did not know becomes an unclaimed
		// person
		String slug = "j" + UUID.randomUUID().toString().substring(0, 8);
		String linkedin = """
				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Priya,Shah,https://www.linkedin.com/in/%1$spriya,,Fenmere Hospitals,Registrar,1 Jan 2020
				""".formatted(slug);
		problem(post("/api/me/import/linkedin").with(me)
			.contentType(CSV)
			.content((linkedin + "Tom,Jones,,,,,\n").getBytes(StandardCharsets.UTF_8)), 400, null)
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/import-rejected"))
			.andExpect(jsonPath("$.errors[0].line").value(3));
		this.mvc
			.perform(post("/api/me/import/linkedin").with(me)
				.contentType(CSV)
				.content(linkedin.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
		// the same file again: nothing new, nothing doubled
		this.mvc
			.perform(post("/api/me/import/linkedin").with(me)
				.contentType(CSV)
				.content(linkedin.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(1));
		assertThat(this.data.count("MATCH (:Person {id: $me})-[k:KNOWS]-() RETURN count(k)", Map.of("me", meId)))
			.isEqualTo(1);

		// 3. a tie with my colleague, owned by both of us
		String mine = """
				{"evidence": [{"kind": "worked-together", "since": "2021-08-01", "note": "Cardiology ward"}],
				 "closeness": 4}""";
		String theirs = """
				{"evidence": [{"kind": "i-supervised", "since": "2021-08-01"}], "closeness": 5}""";
		problem(jsonBody(put("/api/me/connections/" + colleagueId).with(me), mine.replace("4}", "9}")), 400,
				"closeness");
		twice(jsonBody(put("/api/me/connections/" + colleagueId).with(me), mine), 202);
		this.mvc.perform(get("/api/me/connections/requests").with(colleague))
			.andExpect(jsonPath("$[*].person.id", hasItem(meId)));
		String confirmed = twice(jsonBody(put("/api/me/connections/" + meId).with(colleague), theirs), 200);
		assertThat(this.json.readTree(confirmed).get("status").asText()).isEqualTo("confirmed");
		double strength = this.json.readTree(confirmed).get("strength").asDouble();

		// the tie is in paths at once, explained by its parts
		this.mvc.perform(get("/api/paths?k=1&from=" + meId + "&to=" + colleagueId).with(me))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths[0].steps[0].strength").value(strength))
			.andExpect(jsonPath("$.paths[0].steps[0].strengthParts.ratings").value(notNullValue()))
			.andExpect(jsonPath("$.paths[0].steps[0].strengthParts.kinds", hasItem("worked-together")));
		// and in my network picture: the rated tie with its parts, the imported one
		// without
		JsonNode picture = read(get("/api/people/" + meId + "/network?depth=1").with(me));
		JsonNode rated = null;
		JsonNode imported = null;
		for (JsonNode link : picture.get("links")) {
			String other = link.get("source").asText().equals(meId) ? link.get("target").asText()
					: link.get("source").asText();
			if (other.equals(colleagueId)) {
				rated = link;
			}
			else if (other.equals("li:" + slug + "priya")) {
				imported = link;
			}
		}
		assertThat(rated).as("the tie with my colleague in the picture").isNotNull();
		assertThat(rated.get("strengthParts").get("kinds")).extracting(JsonNode::asText)
			.contains("worked-together", "i-supervised");
		assertThat(rated.get("strengthParts").get("ratings").asDouble()).isPositive();
		assertThat(imported).as("the tie my LinkedIn file made").isNotNull();
		assertThat(imported.has("strengthParts")).isFalse();

		// 4. I ask the mentor, reached through my colleague, for a named need
		String ask = "/api/mentoring/" + mentorId + "/requests";
		String request = this.json.writeValueAsString(Map.of("need", need, "message", "Could you help me?"));
		problem(jsonBody(post(ask).with(me), "{\"need\": \"guru-ship\", \"message\": \"x\"}"), 400, "need");
		this.mvc.perform(jsonBody(post(ask).with(me), request))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.need").value(need))
			.andExpect(jsonPath("$.status").value("REQUESTED"));
		// asking again for the same need is refused (409, naming the need) and leaves the
		// one
		// request as it was
		problem(jsonBody(post(ask).with(me), request), 409, "need");

		// the mentor's desk: my request, with the warm route that reaches the mentor
		this.mvc.perform(get("/api/me/mentoring").with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asMentor.pending", hasSize(1)))
			.andExpect(jsonPath("$.asMentor.pending[0].person.id").value(meId))
			.andExpect(jsonPath("$.asMentor.pending[0].need").value(need))
			.andExpect(jsonPath("$.asMentor.pending[0].message").value("Could you help me?"))
			.andExpect(jsonPath("$.asMentor.pending[0].path.people", contains(meId, colleagueId, mentorId)));

		// 5. the mentor accepts; both desks show it active
		String accept = "/api/mentoring/" + mentorId + "/accept/" + meId;
		// accepting someone who asked nothing names them as the bad input
		problem(post("/api/mentoring/" + mentorId + "/accept/" + colleagueId).with(mentor), 409, "menteeId");
		twice(post(accept).with(mentor), 200);
		this.mvc.perform(get("/api/me/mentoring").with(mentor))
			.andExpect(jsonPath("$.asMentor.pending", hasSize(0)))
			.andExpect(jsonPath("$.asMentor.active", hasSize(1)))
			.andExpect(jsonPath("$.asMentor.active[0].person.id").value(meId))
			.andExpect(jsonPath("$.asMentor.active[0].need").value(need));
		this.mvc.perform(get("/api/me/mentoring").with(me))
			.andExpect(jsonPath("$.asMentee.pending", hasSize(0)))
			.andExpect(jsonPath("$.asMentee.mentors", hasSize(1)))
			.andExpect(jsonPath("$.asMentee.mentors[0].person.id").value(mentorId))
			.andExpect(jsonPath("$.asMentee.mentors[0].need").value(need));

		// 6. what we agreed, and everything above in my data export
		String agreement = "{\"goals\":\"Pass part 1\",\"frequency\":\"monthly\",\"format\":\"video\","
				+ "\"reviewOn\":\"2027-06-01\"}";
		String agree = "/api/mentoring/" + mentorId + "/agreement/" + meId;
		problem(jsonBody(put(agree).with(me), agreement.replace("monthly", "hourly")), 400, "frequency");
		twice(jsonBody(put(agree).with(me), agreement), 200);
		this.mvc.perform(get("/api/me/export").with(me))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.goals").value("Pass my exams and start research"))
			.andExpect(jsonPath("$.ties", hasSize(2)))
			.andExpect(jsonPath("$.vouches", hasSize(1)))
			.andExpect(jsonPath("$.vouches[0].person").value(colleagueId))
			.andExpect(jsonPath("$.vouches[0].closeness").value(4))
			.andExpect(jsonPath("$.vouches[0].evidence[0].kind").value("worked-together"))
			.andExpect(jsonPath("$.vouches[0].evidence[0].note").value("Cardiology ward"))
			.andExpect(jsonPath("$.mentoring", hasSize(1)))
			.andExpect(jsonPath("$.mentoring[0].role").value("mentee"))
			.andExpect(jsonPath("$.mentoring[0].need").value(need))
			.andExpect(jsonPath("$.mentoring[0].agreement.goals").value("Pass part 1"))
			.andExpect(jsonPath("$.mentoring[0].agreement.reviewOn").value("2027-06-01"));
	}

	@Test
	void aTieAMemberRemovedStaysRemovedWhenTheSameFileIsImportedAgain() throws Exception {
		TestGraphs g = this.data.graph().people("ada", "bob", "cy");
		String file = "source,target,strength,context\n" + g.id("ada") + "," + g.id("bob") + ",0.7,colleague\n"
				+ g.id("bob") + "," + g.id("cy") + ",0.6,colleague\n";
		MockHttpServletRequestBuilder upload = post("/api/import/connections").with(ADMIN)
			.contentType(CSV)
			.content(file.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(upload).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor ada = accounts.as(accounts.member(g.id("ada")));
		RequestPostProcessor bob = accounts.as(accounts.member(g.id("bob")));
		String paths = "/api/paths?k=1&from=" + g.id("ada") + "&to=" + g.id("bob");

		this.mvc.perform(delete("/api/me/connections/" + g.id("bob")).with(ada)).andExpect(status().is2xxSuccessful());
		this.mvc.perform(get(paths).with(ADMIN)).andExpect(jsonPath("$.paths", hasSize(0)));

		// the same file again: ada's removal is kept and the report says so
		this.mvc.perform(upload)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.keptRemoved").value(1));
		this.mvc.perform(get(paths).with(ADMIN)).andExpect(jsonPath("$.paths", hasSize(0)));
		assertThat(g.count("MATCH (:Person {id: $p + 'ada'})-[k:KNOWS]-(:Person {id: $p + 'bob'}) RETURN count(k)"))
			.isZero();

		// both of them confirming the tie again brings it back, and a later import
		// updates it
		String side = "{\"evidence\": [{\"kind\": \"worked-together\", \"since\": \"2020-01-01\"}], \"closeness\": 3}";
		this.mvc.perform(jsonBody(put("/api/me/connections/" + g.id("bob")).with(ada), side))
			.andExpect(status().isAccepted());
		this.mvc.perform(jsonBody(put("/api/me/connections/" + g.id("ada")).with(bob), side))
			.andExpect(status().isOk());
		this.mvc.perform(get(paths).with(ADMIN)).andExpect(jsonPath("$.paths", hasSize(1)));
		this.mvc.perform(upload)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keptRemoved").value(0))
			.andExpect(jsonPath("$.updated").value(1));
		// an admin's own edit of that one tie is deliberate: it is not kept out
		this.mvc.perform(delete("/api/me/connections/" + g.id("bob")).with(ada)).andExpect(status().is2xxSuccessful());
		this.mvc
			.perform(jsonBody(put("/api/people/" + g.id("ada") + "/connections/" + g.id("bob")).with(ADMIN),
					"{\"strength\": 0.5}"))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(get(paths).with(ADMIN)).andExpect(jsonPath("$.paths", hasSize(1)));
		this.mvc.perform(get(paths).with(ADMIN)).andExpect(jsonPath("$.paths[0].steps[0].strengthParts", nullValue()));
	}

}
