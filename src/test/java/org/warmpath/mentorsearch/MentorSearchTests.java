package org.warmpath.mentorsearch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.Imports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Autowired
	Imports imports;

	@Test
	void ranksReachableMentorsFirstAndExplainsTheScore() throws Exception {
		// both mentors fit equally (Cardiology, Wales, consultants); only "near" is
		// reachable warmly; a specialty of their own, so that the mentors other test
		// classes leave in the shared database cannot crowd "far" out of the list
		TestGraphs g = this.data.graph();
		String specialty = g.prefix() + "cardiology";
		g.specialty(specialty)
			.people("mentee", "near:mentor=2", "far:mentor=2", "full:mentor=0", "hop")
			.ties("mentee-hop:0.9", "hop-near:0.9", "mentee-full:1.0");
		this.mvc
			.perform(get("/api/mentors/recommendations?for=" + g.id("mentee") + "&specialty=" + specialty
					+ "&region=Wales&limit=50")
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
	void nearPeerAndSeniorFollowTheFinerLadder() throws Exception {
		// an FY1 and an FY2 mentee; an FY2, a consultant and a medical director
		// mentoring,
		// in a specialty of their own
		String p = "ladder-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		String specialty = p + "medicine";
		StringBuilder people = new StringBuilder(
				"id,name,grade,specialty,region,openToIntroductions,openToMentoring,mentorCapacity\n");
		for (String[] person : new String[][] { { "fy1", "FY1", "false" }, { "junior", "Foundation Year 2", "false" },
				{ "fy2", "FY2", "true" }, { "cons", "Consultant Cardiologist", "true" },
				{ "md", "Medical Director", "true" } }) {
			people.append(p + person[0] + ",Test " + person[0] + "," + person[1] + "," + specialty + ",Wales,true,"
					+ person[2] + "," + ("true".equals(person[2]) ? 2 : 0) + "\n");
		}
		assertThat(this.imports.importPeople(csv(people), ImportMode.STRICT).rejected()).isZero();
		assertThat(
				this.imports
					.importConnections(
							csv("source,target,strength,context\n" + p + "fy1," + p + "fy2,0.9,colleague\n" + p + "fy1,"
									+ p + "cons,0.9,colleague\n" + p + "fy1," + p + "md,0.9,colleague\n" + p + "junior,"
									+ p + "md,0.9,colleague\n" + p + "junior," + p + "fy2,0.9,colleague\n"),
							ImportMode.STRICT)
					.rejected())
			.isZero();
		String mentors = "$.mentors[*].person.id";
		this.mvc
			.perform(
					get("/api/mentors/recommendations?for=" + p + "fy1&level=near-peer&limit=50&specialty=" + specialty)
						.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(mentors, hasItem(p + "fy2")))
			.andExpect(jsonPath(mentors, not(hasItem(p + "cons"))))
			.andExpect(jsonPath(mentors, not(hasItem(p + "md"))));
		this.mvc
			.perform(
					get("/api/mentors/recommendations?for=" + p + "junior&level=senior&limit=50&specialty=" + specialty)
						.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(mentors, hasItem(p + "md")))
			.andExpect(jsonPath(mentors, hasItem(p + "cons")))
			.andExpect(jsonPath(mentors, not(hasItem(p + "fy2"))));
	}

	private static ByteArrayInputStream csv(CharSequence text) {
		return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
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
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.SENIOR, 2, 4))
			.as("senior is three rungs or more")
			.isEqualTo(0.0);
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.SENIOR, 11, 15))
			.as("a consultant is senior for a registrar, whatever the rung's number")
			.isEqualTo(1.0);
		org.assertj.core.api.Assertions.assertThat(MentorSearch.levelFit(MentorSearch.Level.ANY, 3, 3)).isEqualTo(0.0);
	}

}
