package org.warmpath.mentorsearch;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmpath.DriverCalls;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recommendations answer from memory (issue 13): the catalogue follows people's edits and
 * mentorships in place, from the writes' own changes, and a recommendation opens no Neo4j
 * session.
 */
@WarmPathTest
class MentorRecommendationsFromMemoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	DriverCalls driverCalls;

	@Autowired
	MentorCatalogue catalogue;

	@AfterEach
	void stop() {
		this.driverCalls.stop();
	}

	@Test
	void aMentorsNewSpecialtyShowsInTheNextRecommendationWithoutARead() throws Exception {
		TestGraphs g = this.data.graph().people("mentee", "mentor:mentor=2").ties("mentee-mentor:0.9");
		String mentee = g.id("mentee");
		String mentor = g.id("mentor");
		recommend(mentee, "&specialty=Cardiology").andExpect(jsonPath("$.mentors[*].person.id", hasItem(mentor)));
		long loads = this.catalogue.loads();

		this.mvc
			.perform(put("/api/people/" + mentor).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Test mentor\",\"grade\":\"Consultant\",\"specialty\":\"Dermatology\","
						+ "\"region\":\"Wales\",\"skills\":[\"Dermoscopy\"],\"openToIntroductions\":true,"
						+ "\"openToMentoring\":true,\"mentorCapacity\":3}")
				.with(admin()))
			.andExpect(status().is2xxSuccessful());

		this.driverCalls.watchThisThread();
		recommend(mentee, "&specialty=Cardiology").andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(mentor))));
		recommend(mentee, "&specialty=Dermatology&skills=dermoscopy")
			.andExpect(jsonPath("$.mentors[0].person.id").value(mentor))
			.andExpect(jsonPath("$.mentors[0].person.specialty").value("Dermatology"))
			.andExpect(jsonPath("$.mentors[0].fit.specialty").value(1.0))
			.andExpect(jsonPath("$.mentors[0].fit.skills").value(1.0))
			.andExpect(jsonPath("$.mentors[0].capacityLeft").value(3));
		this.driverCalls.stop();
		assertThat(reads()).as("recommendations after the edit").isEmpty();
		assertThat(this.catalogue.loads()).as("the row changed in place, no re-read").isEqualTo(loads);
	}

	@Test
	void anAcceptedMentorshipTakesCapacityAndTheMentorLeavesTheirMenteesRecommendations() throws Exception {
		TestGraphs g = this.data.graph()
			.people("mentee", "other", "mentor:mentor=2")
			.ties("mentee-mentor:0.9", "other-mentor:0.9");
		String mentor = g.id("mentor");
		String mentee = this.data.accounts().member(g.id("mentee"));
		String mentorAccount = this.data.accounts().member(mentor);
		recommend(g.id("mentee"), "").andExpect(jsonPath("$.mentors[*].person.id", hasItem(mentor)));
		long loads = this.catalogue.loads();

		String base = "/api/mentoring/" + mentor;
		this.mvc.perform(post(base + "/requests").with(this.data.accounts().as(mentee)))
			.andExpect(status().isCreated());
		this.mvc.perform(post(base + "/accept/" + g.id("mentee")).with(this.data.accounts().as(mentorAccount)))
			.andExpect(status().isOk());

		this.driverCalls.watchThisThread();
		recommend(g.id("mentee"), "").andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(mentor))));
		recommend(g.id("other"), "&specialty=Cardiology")
			.andExpect(jsonPath("$.mentors[?(@.person.id == '" + mentor + "')].capacityLeft").value(1))
			.andExpect(jsonPath("$.mentors[?(@.person.id == '" + mentor + "')].menteesBefore").value(1));
		this.driverCalls.stop();
		assertThat(reads()).isEmpty();

		this.mvc.perform(post(base + "/end/" + g.id("mentee")).with(this.data.accounts().as(mentee)))
			.andExpect(status().isOk());
		recommend(g.id("mentee"), "").andExpect(jsonPath("$.mentors[*].person.id", hasItem(mentor)));
		recommend(g.id("other"), "&specialty=Cardiology")
			.andExpect(jsonPath("$.mentors[?(@.person.id == '" + mentor + "')].capacityLeft").value(2))
			.andExpect(jsonPath("$.mentors[?(@.person.id == '" + mentor + "')].menteesBefore").value(1));
		assertThat(this.catalogue.loads()).as("in place, no re-read").isEqualTo(loads);
	}

	private ResultActions recommend(String mentee, String query) throws Exception {
		return this.mvc.perform(get("/api/mentors/recommendations?limit=50&for=" + mentee + query).with(admin()))
			.andExpect(status().isOk());
	}

	/**
	 * Sessions opened while answering, apart from signing in (the account's check, cached
	 * a few seconds, is the security filters' business, not the answer's).
	 */
	private List<String> reads() {
		return this.driverCalls.calls()
			.stream()
			.filter(call -> !call.contains("AccountManagement.isActive")
					&& !call.contains("AccountManagement.loadUserByUsername"))
			.toList();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);
	}

}
