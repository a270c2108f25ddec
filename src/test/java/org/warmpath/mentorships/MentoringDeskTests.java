package org.warmpath.mentorships;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mentoring desk ({@code /api/me/mentoring}), needs, pause, exploratory conversations
 * and the agreement, through the API.
 */
@WarmPathTest
class MentoringDeskTests {

	private static final RequestPostProcessor ADMIN = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ObjectMapper json;

	@Test
	void theMentorsDeskShowsWhoAsksForWhatHowTheyReachTheMentorAndWhoIntroducedThem() throws Exception {
		TestGraphs g = this.data.graph()
			.people("mentee", "hop", "mentor:mentor=2")
			.ties("mentee-hop:0.9", "hop-mentor:0.8");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		RequestPostProcessor hop = accounts.as(accounts.member(g.id("hop")));
		RequestPostProcessor mentor = accounts.as(accounts.member(g.id("mentor")));
		String introduction = this.json.readTree(
				this.mvc
					.perform(post("/api/introductions").with(mentee)
						.contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(
								Map.of("target", g.id("mentor"), "via", g.id("hop"), "goal", "Mentoring"))))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString())
			.get("id")
			.asText();
		this.mvc.perform(post("/api/introductions/" + introduction + "/accept").with(hop)).andExpect(status().isOk());
		ask(mentee, g.id("mentor"), "exams").andExpect(status().isCreated())
			.andExpect(jsonPath("$.need").value("exams"))
			.andExpect(jsonPath("$.status").value("REQUESTED"));

		this.mvc.perform(get("/api/me/mentoring").with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asMentor.capacity").value(2))
			.andExpect(jsonPath("$.asMentor.available").value(true))
			.andExpect(jsonPath("$.asMentor.active", hasSize(0)))
			.andExpect(jsonPath("$.asMentor.exploring", hasSize(0)))
			.andExpect(jsonPath("$.asMentor.pending", hasSize(1)))
			.andExpect(jsonPath("$.asMentor.pending[0].person.id").value(g.id("mentee")))
			.andExpect(jsonPath("$.asMentor.pending[0].person.name").value("Test mentee"))
			.andExpect(jsonPath("$.asMentor.pending[0].person.grade").value("Foundation doctor"))
			.andExpect(jsonPath("$.asMentor.pending[0].need").value("exams"))
			.andExpect(jsonPath("$.asMentor.pending[0].message").value("Please help with exams"))
			.andExpect(jsonPath("$.asMentor.pending[0].requestedAt").isNotEmpty())
			.andExpect(jsonPath("$.asMentor.pending[0].path.people",
					contains(g.id("mentee"), g.id("hop"), g.id("mentor"))))
			.andExpect(jsonPath("$.asMentor.pending[0].path.warmth").value(0.72))
			.andExpect(jsonPath("$.asMentor.pending[0].introducedBy.id").value(introduction))
			.andExpect(jsonPath("$.asMentor.pending[0].introducedBy.introducer.id").value(g.id("hop")))
			.andExpect(jsonPath("$.asMentee.mentors", hasSize(0)));
		this.mvc.perform(get("/api/me/mentoring").with(mentee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asMentee.pending", hasSize(1)))
			.andExpect(jsonPath("$.asMentee.pending[0].person.id").value(g.id("mentor")))
			.andExpect(jsonPath("$.asMentee.pending[0].status").value("REQUESTED"))
			.andExpect(jsonPath("$.asMentee.pending[0].path").value(nullValue()))
			.andExpect(jsonPath("$.asMentor.pending", hasSize(0)));

		this.mvc.perform(post("/api/mentoring/" + g.id("mentor") + "/accept/" + g.id("mentee")).with(mentor))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/me/mentoring").with(mentee))
			.andExpect(jsonPath("$.asMentee.mentors[0].person.id").value(g.id("mentor")))
			.andExpect(jsonPath("$.asMentee.mentors[0].need").value("exams"))
			.andExpect(jsonPath("$.asMentee.mentors[0].since").isNotEmpty())
			.andExpect(jsonPath("$.asMentee.pending", hasSize(0)));
	}

	@Test
	void aPausedMentorKeepsCapacityIsNotRecommendedAndTakesNoNewRequests() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "other", "mentor:mentor=3").ties("mentee-mentor:0.9");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		RequestPostProcessor mentor = accounts.as(accounts.member(g.id("mentor")));
		String recommendations = "/api/mentors/recommendations?for=" + g.id("mentee")
				+ "&specialty=Cardiology&region=Wales&limit=50";
		this.mvc.perform(get(recommendations).with(ADMIN))
			.andExpect(jsonPath("$.mentors[*].person.id", hasItem(g.id("mentor"))));

		available(mentor, "{\"available\": false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.asMentor.available").value(false))
			.andExpect(jsonPath("$.asMentor.capacity").value(3));
		available(mentor, "{\"available\": false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.asMentor.available").value(false));
		this.mvc.perform(get(recommendations).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(g.id("mentor")))));
		ask(mentee, g.id("mentor"), "research").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("mentor-paused")));
		this.mvc.perform(get("/api/people/" + g.id("mentor")).with(ADMIN))
			.andExpect(jsonPath("$.mentorCapacity").value(3));

		available(mentor, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("available"));
		available(mentor, "{\"available\": true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.asMentor.available").value(true));
		this.mvc.perform(get(recommendations).with(ADMIN))
			.andExpect(jsonPath("$.mentors[*].person.id", hasItem(g.id("mentor"))));
		ask(mentee, g.id("mentor"), "research").andExpect(status().isCreated());
	}

	@Test
	void aMenteeHasSeveralMentorsForDifferentNeedsButNotTheSameMentorTwiceForANeed() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "a:mentor=2", "b:mentor=2", "c:mentor=2");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		ask(mentee, g.id("a"), "exams").andExpect(status().isCreated());
		ask(mentee, g.id("b"), "research").andExpect(status().isCreated());
		// pending: the same need again is a 409 that names it
		ask(mentee, g.id("a"), "exams").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("need-already-covered")))
			.andExpect(jsonPath("$.field").value("need"));
		ask(mentee, g.id("c"), "guru-ship").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("need"));
		// a request without a need (as before needs existed) still works
		this.mvc
			.perform(post("/api/mentoring/" + g.id("c") + "/requests").with(mentee)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\":\"Hello\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.need").value(nullValue()));
		for (String m : new String[] { "a", "b" }) {
			this.mvc
				.perform(post("/api/mentoring/" + g.id(m) + "/accept/" + g.id("mentee"))
					.with(accounts.as(accounts.member(g.id(m)))))
				.andExpect(status().isOk());
		}
		// active: the same need again is still a 409
		ask(mentee, g.id("a"), "exams").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("need-already-covered")));
		this.mvc.perform(get("/api/me/mentoring").with(mentee))
			.andExpect(jsonPath("$.asMentee.mentors", hasSize(2)))
			.andExpect(jsonPath("$.asMentee.mentors[*].need", containsInAnyOrder("exams", "research")))
			.andExpect(jsonPath("$.asMentee.pending", hasSize(1)));
	}

	@Test
	void eitherSideWritesTheAgreementAndBothDesksShowIt() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "mentor:mentor=1", "stranger");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		RequestPostProcessor mentor = accounts.as(accounts.member(g.id("mentor")));
		RequestPostProcessor stranger = accounts.as(accounts.member(g.id("stranger")));
		String agreement = "/api/mentoring/" + g.id("mentor") + "/agreement/" + g.id("mentee");
		String body = "{\"goals\":\"Pass MRCP part 1\",\"frequency\":\"monthly\",\"format\":\"video\",\"reviewOn\":\"2027-06-01\"}";
		ask(mentee, g.id("mentor"), "exams").andExpect(status().isCreated());
		// not active yet
		agree(mentor, agreement, body).andExpect(status().isConflict());
		this.mvc.perform(post("/api/mentoring/" + g.id("mentor") + "/accept/" + g.id("mentee")).with(mentor))
			.andExpect(status().isOk());

		agree(mentor, agreement, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.agreement.goals").value("Pass MRCP part 1"))
			.andExpect(jsonPath("$.agreement.reviewOn").value("2027-06-01"))
			.andExpect(jsonPath("$.agreement.updatedBy").value(g.id("mentor")));
		agree(mentor, agreement, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.agreement.frequency").value("monthly"));
		agree(mentee, agreement, body.replace("monthly", "ad hoc").replace("video", "in person"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreement.frequency").value("ad hoc"))
			.andExpect(jsonPath("$.agreement.updatedBy").value(g.id("mentee")));
		this.mvc.perform(get("/api/me/mentoring").with(mentor))
			.andExpect(jsonPath("$.asMentor.active[0].person.id").value(g.id("mentee")))
			.andExpect(jsonPath("$.asMentor.active[0].agreement.format").value("in person"))
			.andExpect(jsonPath("$.asMentor.active[0].agreement.reviewOn").value("2027-06-01"));
		this.mvc.perform(get("/api/me/mentoring").with(mentee))
			.andExpect(jsonPath("$.asMentee.mentors[0].agreement.frequency").value("ad hoc"));

		// bad input names the field and changes nothing
		agree(mentor, agreement, body.replace("monthly", "hourly")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("frequency"));
		agree(mentor, agreement, body.replace("video", "carrier pigeon")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("format"));
		agree(mentor, agreement, body.replace("2027-06-01", "next June")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reviewOn"));
		agree(mentor, agreement, body.replace("Pass MRCP part 1", " ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("goals"));
		this.mvc.perform(get("/api/mentoring/" + g.id("mentor") + "/mentees/" + g.id("mentee")).with(mentee))
			.andExpect(jsonPath("$.agreement.frequency").value("ad hoc"));

		// strangers cannot tell whether it exists; admins may write it
		agree(stranger, agreement, body).andExpect(status().isNotFound());
		agree(stranger, "/api/mentoring/" + g.id("mentor") + "/agreement/" + g.id("stranger"), body)
			.andExpect(status().isConflict());
		agree(ADMIN, agreement, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.agreement.frequency").value("monthly"));
	}

	@Test
	void anExploratoryConversationThenAcceptOrDecline() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "other", "mentor:mentor=2", "stranger");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor mentee = accounts.as(accounts.member(g.id("mentee")));
		RequestPostProcessor other = accounts.as(accounts.member(g.id("other")));
		RequestPostProcessor mentor = accounts.as(accounts.member(g.id("mentor")));
		RequestPostProcessor stranger = accounts.as(accounts.member(g.id("stranger")));
		String base = "/api/mentoring/" + g.id("mentor");
		ask(mentee, g.id("mentor"), "leadership").andExpect(status().isCreated());
		ask(other, g.id("mentor"), "teaching").andExpect(status().isCreated());

		this.mvc.perform(post(base + "/explore/" + g.id("mentee")).with(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/explore/" + g.id("mentee")).with(mentee)).andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/explore/" + g.id("mentee")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPLORING"));
		this.mvc.perform(post(base + "/explore/" + g.id("mentee")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPLORING"));
		this.mvc.perform(get("/api/me/mentoring").with(mentor))
			.andExpect(jsonPath("$.asMentor.exploring[0].person.id").value(g.id("mentee")))
			.andExpect(jsonPath("$.asMentor.exploring[0].need").value("leadership"))
			.andExpect(jsonPath("$.asMentor.pending[0].person.id").value(g.id("other")));
		this.mvc.perform(get("/api/me/mentoring").with(mentee))
			.andExpect(jsonPath("$.asMentee.pending[0].status").value("EXPLORING"));
		// the same need while exploring is still covered
		ask(mentee, g.id("mentor"), "leadership").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("need-already-covered")));

		this.mvc.perform(post(base + "/accept/" + g.id("mentee")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		this.mvc.perform(post(base + "/accept/" + g.id("mentee")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		this.mvc.perform(post(base + "/explore/" + g.id("mentee")).with(mentor)).andExpect(status().isConflict());

		this.mvc.perform(post(base + "/explore/" + g.id("other")).with(mentor)).andExpect(status().isOk());
		this.mvc.perform(post(base + "/decline/" + g.id("other")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		this.mvc.perform(post(base + "/decline/" + g.id("other")).with(mentor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		this.mvc.perform(get("/api/me/mentoring").with(mentor))
			.andExpect(jsonPath("$.asMentor.active[0].person.id").value(g.id("mentee")))
			.andExpect(jsonPath("$.asMentor.exploring", hasSize(0)))
			.andExpect(jsonPath("$.asMentor.pending", hasSize(0)))
			.andExpect(jsonPath("$.asMentor.past[0].person.id").value(g.id("other")))
			.andExpect(jsonPath("$.asMentor.past[0].status").value("DECLINED"));
	}

	@Test
	void theDeskNeedsAMemberAccount() throws Exception {
		this.mvc.perform(get("/api/me/mentoring").with(ADMIN)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/me/mentoring")).andExpect(status().isUnauthorized());
	}

	private ResultActions ask(RequestPostProcessor as, String mentor, String need) throws Exception {
		return this.mvc.perform(post("/api/mentoring/" + mentor + "/requests").with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("need", need, "message", "Please help with " + need))));
	}

	private ResultActions available(RequestPostProcessor as, String body) throws Exception {
		return this.mvc
			.perform(patch("/api/me/mentoring").with(as).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions agree(RequestPostProcessor as, String uri, String body) throws Exception {
		return this.mvc.perform(put(uri).with(as).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
