package org.warmpath.mentorsearch;

import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class MentorSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void ranksReachableMentorsFirstAndExplainsTheScore() throws Exception {
		// both mentors fit equally (Cardiology, Wales, consultants); only "near" is
		// reachable warmly
		TestGraphs g = this.data.graph()
			.people("mentee", "near:mentor=2", "far:mentor=2", "full:mentor=0", "hop")
			.ties("mentee-hop:0.9", "hop-near:0.9", "mentee-full:1.0");
		this.mvc
			.perform(get("/api/mentors/recommendations?for=" + g.id("mentee")
					+ "&specialty=Cardiology&region=Wales&limit=50")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentors[0].person.id").value(g.id("near")))
			.andExpect(jsonPath("$.mentors[0].parts.reachability").value(0.81))
			.andExpect(jsonPath("$.mentors[0].fit.specialty").value(1.0))
			.andExpect(jsonPath("$.mentors[0].capacityLeft").value(2))
			.andExpect(jsonPath("$.mentors[0].path.people[1]").value(g.id("hop")))
			.andExpect(jsonPath("$.mentors[0].path.hops").value(2))
			.andExpect(jsonPath("$.mentors[*].person.id", hasItem(g.id("far"))))
			.andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(g.id("full")))))
			.andExpect(jsonPath("$.mentors[*].person.id", not(hasItem(g.id("hop")))))
			.andExpect(jsonPath("$.mentors[*].capacityLeft", everyItem(greaterThan(0))));
	}

	@Test
	void unknownMenteeAndBadLevelAreProblems() throws Exception {
		this.mvc
			.perform(get("/api/mentors/recommendations?for=nobody-at-all")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/mentors/recommendations?for=p001&level=guru")
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("level"));
	}

	@Test
	void levelFitFollowsTheSeniorityGap() {
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.NEAR_PEER, 1, 3))
			.isEqualTo(1.0);
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.NEAR_PEER, 1, 4))
			.isEqualTo(0.0);
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.SENIOR, 1, 4))
			.isEqualTo(1.0);
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.SENIOR, 2, 3))
			.isEqualTo(0.0);
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.ANY, 3, 3)).isEqualTo(0.0);
	}

}
