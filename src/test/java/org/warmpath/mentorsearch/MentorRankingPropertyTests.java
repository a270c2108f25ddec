package org.warmpath.mentorsearch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fast ranking (a reachability search that stops once the top k are settled) gives
 * exactly the answer of the full ranking (every candidate's reachability, every candidate
 * scored), on random graphs with closed people, ties of equal strength, full mentors and
 * a mentee's own mentor; and it does stop early, so the test covers the shortcut and not
 * only the exhausted search.
 */
@WarmPathTest
class MentorRankingPropertyTests {

	private static final String[] GRADES = { "Medical student", "Foundation doctor (FY1/FY2)", "Core trainee",
			"Specialty registrar (ST3-ST8)", "Consultant", "Professor" };

	private static final String[] SPECIALTIES = { "Cardiology", "Dermatology" };

	private static final String[] REGIONS = { "Wales", "Scotland" };

	private static final String[] SKILLS = { "echo", "dermoscopy", "teaching" };

	private static final double[] STRENGTHS = { 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0 };

	/** Programme memberships, on a random sequence of their own (issue 15's pools). */
	private final Random programmes = new Random(15);

	/**
	 * Past mentees per mentor, on a random sequence of their own: varied experience parts
	 * make scores that tie exactly in value but are made of different parts (fit 0.4 with
	 * three past mentees against fit 0.5 with one), where a score summed in a different
	 * order differs in the last bit and ranks a tie the other way.
	 */
	private final Random pastMentees = new Random(1315);

	/** Mentors returned with a programme route. */
	private long programmeRoutes;

	/** Fast rankings whose search stopped before the hop bound (its own work record). */
	private long stoppedEarly;

	/** Fast rankings whose search left labels past the stop test's cost out. */
	private long leftOut;

	/**
	 * Candidates given their exact cost from both ends by fast rankings that look for
	 * what holds them open after every label (the benchmark's long searches, made short).
	 */
	private long exact;

	/** Mentors returned with some of the skills wanted. */
	private long skillsFitted;

	@Autowired
	TestData data;

	@Autowired
	MentorSearch search;

	@Autowired
	MockMvc mvc;

	@Autowired
	Imports imports;

	@Test
	void theFastRankingEqualsTheFullRankingOnRandomGraphs() throws Exception {
		Random rnd = new Random(13);
		int compared = 0;
		int mentorships = 0;
		for (int round = 0; round < 6; round++) {
			int n = 25 + rnd.nextInt(25);
			List<String> people = new ArrayList<>();
			List<String> mentors = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				String spec = "p" + i;
				if (rnd.nextInt(5) == 0) {
					spec += ":closed";
				}
				if (rnd.nextInt(2) == 0) {
					spec += ":mentor=" + rnd.nextInt(4);
					mentors.add("p" + i);
				}
				people.add(spec);
			}
			List<String> ties = new ArrayList<>();
			for (int i = 0; i < n * 3; i++) {
				int a = rnd.nextInt(n);
				int b = rnd.nextInt(n);
				String tie = "p" + Math.min(a, b) + "-p" + Math.max(a, b);
				if (a != b && ties.stream().noneMatch((t) -> t.startsWith(tie + ":"))) {
					ties.add(tie + ":" + STRENGTHS[rnd.nextInt(STRENGTHS.length)]);
				}
			}
			TestGraphs g = this.data.graph().people(people.toArray(String[]::new)).ties(ties.toArray(String[]::new));
			for (String spec : people) {
				if (spec.contains(":mentor=") || rnd.nextBoolean()) {
					edit(g, spec, rnd);
				}
			}
			endedMentorships(g, people, mentors);
			if (round % 2 == 0 && mentorOf(g, "p" + (n - 1), mentors)) {
				mentorships++;
			}
			for (int i = 0; i < n; i++) {
				String mentee = g.id("p" + i);
				for (int limit : new int[] { 1, 2, 5 }) {
					for (String level : new String[] { "any", "near-peer" }) {
						assertSame(mentee, null, null, null, level, limit);
						compared++;
					}
				}
				assertSame(mentee, "Cardiology", "Wales", List.of("echo"), "senior", 3);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(500);
		assertThat(this.programmeRoutes).as("mentors reached through a programme").isGreaterThan(50);
		assertThat(mentorships).as("mentees with a mentor of their own").isPositive();
		assertThat(this.stoppedEarly).as("rankings that stopped early").isGreaterThan(50);
		// the labels past the stop test's cost, never pushed, are exercised too
		assertThat(this.leftOut).as("rankings that left labels out").isGreaterThan(20);
		// and the candidates settled from both ends
		assertThat(this.exact).as("candidates given their exact cost from both ends").isGreaterThan(500);
		assertThat(this.skillsFitted).as("mentors returned with skills wanted").isGreaterThan(100);
	}

	private void assertSame(String mentee, String specialty, String region, List<String> skills, String level,
			int limit) {
		MentorRecommendations fast = this.search.recommend(mentee, specialty, region, skills, level, limit);
		MentorSearch.Work work = MentorSearch.lastWork();
		this.stoppedEarly += work.stopped() ? 1 : 0;
		this.leftOut += work.leftOut() ? 1 : 0;
		MentorRecommendations full = this.search.recommendByFullRanking(mentee, specialty, region, skills, level,
				limit);
		assertThat(withoutTime(fast)).as("%s %s limit %d", mentee, level, limit).isEqualTo(withoutTime(full));
		// both share the candidates' fit and fixed parts: each mentor's fit, and score,
		// against its parts as the answer spells them out, worked out row by row
		for (MentorRecommendation m : full.mentors()) {
			MentorRecommendation.Fit f = m.fit();
			MentorRecommendation.Parts p = m.parts();
			assertThat(p.fit()).as("fit of %s for %s", m.person().id(), mentee)
				.isCloseTo(0.4 * f.specialty() + 0.2 * f.region() + 0.2 * f.skills() + 0.2 * f.level(), within(1e-4));
			assertThat(m.score()).as("score of %s for %s", m.person().id(), mentee)
				.isCloseTo(0.40 * p.fit() + 0.35 * p.reachability() + 0.15 * p.capacity() + 0.10 * p.experience(),
						within(2e-4));
			this.skillsFitted += (f.skills() > 0) ? 1 : 0;
		}
		// the same with the long search's shortcut taken after every label settled
		int every = ReachRanking.checkEvery(1);
		try {
			MentorRecommendations early = this.search.recommend(mentee, specialty, region, skills, level, limit);
			this.exact += MentorSearch.lastWork().exact();
			assertThat(withoutTime(early)).as("%s %s limit %d, exact costs from both ends", mentee, level, limit)
				.isEqualTo(withoutTime(full));
		}
		finally {
			ReachRanking.checkEvery(every);
		}
		this.programmeRoutes += fast.mentors()
			.stream()
			.filter(m -> m.routes().stream().anyMatch(r -> r.kind().equals("programme")))
			.count();
	}

	/**
	 * Gives a person a random grade, specialty, region, skills and capacity (so fit,
	 * capacity and reachability all vary), through the API.
	 */
	private void edit(TestGraphs g, String spec, Random rnd) throws Exception {
		String name = spec.split(":")[0];
		boolean mentor = spec.contains(":mentor=");
		List<String> skills = new ArrayList<>();
		for (String skill : SKILLS) {
			if (rnd.nextBoolean()) {
				skills.add("\"" + skill + "\"");
			}
		}
		List<String> memberOf = new ArrayList<>();
		for (String scheme : List.of("a", "b", "c")) {
			if (this.programmes.nextInt(3) == 0) {
				memberOf.add("\"Scheme " + g.prefix() + scheme + ((this.programmes.nextInt(4) == 0) ? " (mentee)" : "")
						+ "\"");
			}
		}
		String body = "{\"name\":\"Test " + name + "\",\"grade\":\"" + GRADES[rnd.nextInt(GRADES.length)]
				+ "\",\"specialty\":\"" + SPECIALTIES[rnd.nextInt(SPECIALTIES.length)] + "\",\"region\":\""
				+ REGIONS[rnd.nextInt(REGIONS.length)] + "\",\"skills\":" + skills + ",\"openToIntroductions\":"
				+ !spec.contains(":closed") + ",\"openToMentoring\":" + mentor + ",\"mentorCapacity\":"
				+ (mentor ? rnd.nextInt(5) : 0) + ",\"programmes\":" + memberOf + "}";
		this.mvc
			.perform(put("/api/people/" + g.id(name)).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().is2xxSuccessful());
	}

	/**
	 * Gives each mentor up to four past (ENDED) mentees, by an import of mentoring.csv,
	 * so the experience part varies.
	 */
	private void endedMentorships(TestGraphs g, List<String> people, List<String> mentors) {
		StringBuilder csv = new StringBuilder("mentor,mentee,since,status,programme\n");
		for (String mentor : mentors) {
			int before = this.pastMentees.nextInt(5);
			Set<String> had = new HashSet<>();
			for (int j = 0; j < before; j++) {
				String mentee = people.get(this.pastMentees.nextInt(people.size())).split(":")[0];
				if (!mentee.equals(mentor) && had.add(mentee)) {
					csv.append(g.id(mentor)).append(',').append(g.id(mentee)).append(",2020-01-0").append(j + 1);
					csv.append(",ENDED,\n");
				}
			}
		}
		ImportReport report = this.imports.importMentoring(
				new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), ImportMode.TOLERANT);
		assertThat(report.errors()).isEmpty();
	}

	/** Makes one of the mentors (with capacity) this person's mentor, through the API. */
	private boolean mentorOf(TestGraphs g, String mentee, List<String> mentors) throws Exception {
		String menteeAccount = this.data.accounts().member(g.id(mentee));
		for (String m : mentors) {
			if (m.equals(mentee)) {
				continue;
			}
			String base = "/api/mentoring/" + g.id(m);
			int requested = this.mvc.perform(post(base + "/requests").with(this.data.accounts().as(menteeAccount)))
				.andReturn()
				.getResponse()
				.getStatus();
			if (requested == 201) {
				String mentorAccount = this.data.accounts().member(g.id(m));
				this.mvc.perform(post(base + "/accept/" + g.id(mentee)).with(this.data.accounts().as(mentorAccount)))
					.andExpect(status().isOk());
				return true;
			}
		}
		return false;
	}

	private static MentorRecommendations withoutTime(MentorRecommendations r) {
		return new MentorRecommendations(r.forPerson(), r.level(), r.candidates(), r.mentors(), r.weights(), 0);
	}

}
