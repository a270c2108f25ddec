package org.warmpath.analytics;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analytics API end to end on the shared in-process Neo4j (demo network plus this
 * test's own people): answer shapes, consent in reach, jobs with progress, the
 * per-version cache, roles and problems.
 */
@WarmPathTest
class AnalyticsApiTests {

	static final RequestPostProcessor ADMIN = httpBasic("admin", WarmPathTest.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	NetworkAnalytics analytics;

	@Autowired
	ObjectMapper json;

	@Autowired
	AnalyticsJobs jobs;

	TestGraphs g;

	@BeforeEach
	void graph() {
		// a - b - c(closed) - d, b - m (mentor with capacity): from a, hop 1 = b, hop 2 =
		// c
		// and m, hop 3 = nobody (c does not pass introductions on)
		this.g = this.data.graph()
			.people("a", "b", "c:closed", "d", "m:mentor=2")
			.ties("a-b:0.9", "b-c:0.8", "c-d:0.7", "b-m:0.6");
	}

	private ResultActions get(String url, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(who));
	}

	private RequestPostProcessor account(String role) throws Exception {
		String user = role.toLowerCase() + UUID.randomUUID().toString().substring(0, 8);
		String body = this.json.writeValueAsString(Map.of("username", user, "password", "long-enough-pw", "roles",
				new String[] { role }, "personId", this.g.id("a")));
		this.mvc.perform(post("/api/accounts").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful());
		return httpBasic(user, "long-enough-pw");
	}

	@Test
	void reachCountsPeoplePerHopThroughConsentingIntroducersOnly() throws Exception {
		get("/api/analytics/reach?from=" + this.g.id("a") + "&maxHops=4", account("ANALYST")).andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(this.g.id("a")))
			.andExpect(jsonPath("$.byHop", hasSize(4)))
			.andExpect(jsonPath("$.byHop[0].hops").value(1))
			.andExpect(jsonPath("$.byHop[0].people").value(1))
			.andExpect(jsonPath("$.byHop[1].people").value(2))
			.andExpect(jsonPath("$.byHop[1].mentorsWithCapacity").value(1))
			.andExpect(jsonPath("$.byHop[1].bySpecialty.Cardiology").value(2))
			.andExpect(jsonPath("$.byHop[1].byRegion.Wales").value(2))
			.andExpect(jsonPath("$.byHop[2].people").value(0))
			.andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void reachWithoutFromGivesTheDistributionOverEveryone() throws Exception {
		// the shared test database holds the 300-person demo plus whatever other test
		// classes
		// imported, so it may have crossed the exact-size threshold: check the answer
		// agrees
		JsonNode reach = body(get("/api/analytics/reach", ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.sampleSize", greaterThanOrEqualTo(300)))
			.andExpect(jsonPath("$.within2.median").isNumber())
			.andExpect(jsonPath("$.within3.p90").isNumber()));
		int people = reach.get("people").asInt();
		if (people <= NetworkAnalytics.REACH_EXACT_PEOPLE) {
			org.assertj.core.api.Assertions.assertThat(reach.get("exact").asBoolean()).isTrue();
			org.assertj.core.api.Assertions.assertThat(reach.get("sampleSize").asInt()).isEqualTo(people);
		}
		else {
			org.assertj.core.api.Assertions.assertThat(reach.get("exact").asBoolean()).isFalse();
			org.assertj.core.api.Assertions.assertThat(reach.get("sampleSize").asInt()).isLessThan(people);
		}
	}

	@Test
	void brokersAreExactOnTheDemoNetworkAndIncludeCutPoints() throws Exception {
		// the shared test database grows with every test class that imports; once it is
		// big enough the cold request answers 202 and a job computes it: follow the job
		var cold = get("/api/analytics/brokers?top=5", ADMIN).andReturn().getResponse();
		if (cold.getStatus() == 202) {
			String job = cold.getHeader("Location");
			assertThat(job).startsWith("/api/jobs/");
			String state = "";
			for (int i = 0; i < 600 && !state.equals("SUCCEEDED"); i++) {
				state = body(get(job, ADMIN).andExpect(status().isOk())).get("status").asText();
				assertThat(state).isNotEqualTo("FAILED");
				if (!state.equals("SUCCEEDED")) {
					Thread.sleep(100);
				}
			}
			assertThat(state).isEqualTo("SUCCEEDED");
		}
		JsonNode body = body(get("/api/analytics/brokers?top=5", ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.exact").value(true))
			.andExpect(jsonPath("$.sampleSize").isEmpty())
			.andExpect(jsonPath("$.brokers", hasSize(5)))
			.andExpect(jsonPath("$.brokers[0].person.id").isString())
			.andExpect(jsonPath("$.articulationPointCount", greaterThan(0)))
			.andExpect(jsonPath("$.bridgeCount", greaterThan(0))));
		double previous = Double.MAX_VALUE;
		for (JsonNode b : body.get("brokers")) {
			assertThat(b.get("betweenness").asDouble()).isLessThanOrEqualTo(previous).isBetween(0.0, 1.0);
			previous = b.get("betweenness").asDouble();
		}
		// b and c hold this test's chain together
		Answers.Brokers all = this.analytics.brokers(1, Progress.NONE);
		NetworkView v = this.analytics.view();
		int[] cuts = Cuts.of(v.graph()).articulationPoints();
		assertThat(java.util.Arrays.stream(cuts).mapToObj(i -> v.knows().id(i))).contains(this.g.id("b"),
				this.g.id("c"));
		assertThat(all.articulationPointCount()).isEqualTo(cuts.length);
	}

	@Test
	void communitiesComeFromLouvainWithModularityAndOptionalMembers() throws Exception {
		JsonNode body = body(get("/api/analytics/communities?members=true&limit=1000", ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.algorithm").value("louvain"))
			.andExpect(jsonPath("$.modularity", greaterThan(0.3)))
			.andExpect(jsonPath("$.communities[0].id").value(0))
			.andExpect(jsonPath("$.communities[0].members").isArray())
			.andExpect(jsonPath("$.communities[0].topSpecialties").isArray()));
		int total = 0;
		int previous = Integer.MAX_VALUE;
		for (JsonNode c : body.get("communities")) {
			assertThat(c.get("size").asInt()).isLessThanOrEqualTo(previous).isEqualTo(c.get("members").size());
			previous = c.get("size").asInt();
			total += c.get("size").asInt();
		}
		assertThat(total).isEqualTo(this.analytics.view().graph().liveVertexCount());
		get("/api/analytics/communities", ADMIN).andExpect(jsonPath("$.communities[0].members").doesNotExist());
	}

	@Test
	void summaryCountsPeopleTiesComponentsAndDegrees() throws Exception {
		JsonNode body = body(get("/api/analytics/summary", ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.people", greaterThanOrEqualTo(305)))
			.andExpect(jsonPath("$.ties", greaterThan(300)))
			.andExpect(jsonPath("$.averageClustering").isNumber())
			.andExpect(jsonPath("$.diameter", greaterThan(0))));
		int people = body.get("people").asInt();
		int inComponents = 0;
		for (JsonNode c : body.get("components")) {
			inComponents += c.asInt();
		}
		assertThat(inComponents).isEqualTo(people);
		int inHistogram = 0;
		long degreeSum = 0;
		var it = body.get("degreeHistogram").fields();
		while (it.hasNext()) {
			var e = it.next();
			inHistogram += e.getValue().asInt();
			degreeSum += (long) Integer.parseInt(e.getKey()) * e.getValue().asInt();
		}
		assertThat(inHistogram).isEqualTo(people);
		assertThat(degreeSum).isEqualTo(2 * body.get("ties").asLong());
	}

	@Test
	void resultsAreCachedPerGraphVersionAndRecomputedAfterAChange() {
		Answers.Summary first = this.analytics.summary(Progress.NONE);
		assertThat(this.analytics.summary(Progress.NONE)).isSameAs(first);
		this.g.ties("a-d:0.5");
		Answers.Summary second = this.analytics.summary(Progress.NONE);
		assertThat(second).isNotSameAs(first);
		assertThat(second.ties()).isEqualTo(first.ties() + 1);
	}

	@Test
	void aCachedResultIsReturnedWithoutRecomputationUntilTheGraphChanges() throws Exception {
		java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
		PerVersion<Integer> key = new PerVersion<>();
		Integer first = this.analytics.cachedOrCompute(key, v -> runs.incrementAndGet());
		Integer again = this.analytics.cachedOrCompute(key, v -> runs.incrementAndGet());
		assertThat(runs).hasValue(1);
		assertThat(again).isSameAs(first);
		// a job asking for a cached answer gets that very object, nothing recomputed
		Answers.Summary summary = this.analytics.summary(Progress.NONE);
		String id = body(
				this.mvc.perform(post("/api/analytics/summary/jobs").with(ADMIN)).andExpect(status().isAccepted()))
			.get("id")
			.asText();
		for (int i = 0; i < 300 && this.jobs.find(id).view().result() == null; i++) {
			Thread.sleep(20);
		}
		assertThat(this.jobs.find(id).view().result()).isSameAs(summary);
		// a new tie is a new graph version: computed again, once
		this.g.ties("a-m:0.4");
		Integer changed = this.analytics.cachedOrCompute(key, v -> runs.incrementAndGet());
		assertThat(runs).hasValue(2);
		assertThat(changed).isEqualTo(2);
		Integer still = this.analytics.cachedOrCompute(key, v -> runs.incrementAndGet());
		assertThat(still).isEqualTo(2);
		assertThat(runs).hasValue(2);
		assertThat(this.analytics.summary(Progress.NONE)).isNotSameAs(summary);
	}

	@Test
	void jobsRunInTheBackgroundWithProgressAndResult() throws Exception {
		JsonNode started = body(this.mvc.perform(post("/api/analytics/brokers/jobs?top=3").with(ADMIN))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isString()));
		String id = started.get("id").asText();
		JsonNode job = null;
		for (int i = 0; i < 300; i++) {
			job = body(get("/api/jobs/" + id, ADMIN).andExpect(status().isOk()));
			assertThat(job.get("progress").asInt()).isBetween(0, 100);
			if (job.get("status").asText().equals("SUCCEEDED")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(job.get("progress").asInt()).isEqualTo(100);
		assertThat(job.get("result").get("brokers")).hasSize(3);
		assertThat(job.get("kind").asText()).isEqualTo("brokers");
		assertThat(job.get("params").toString()).isEqualTo("{\"top\":3}");
		assertThat(job.get("finishedAt").isTextual()).isTrue();
		assertThat(job.has("error")).as("error only when failed").isFalse();
		assertThat(body(this.mvc.perform(post("/api/analytics/summary/jobs").with(ADMIN))).get("params").toString())
			.isEqualTo("{}");
		get("/api/jobs/" + UUID.randomUUID(), ADMIN).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/job-not-found"));
		this.mvc.perform(post("/api/analytics/nonsense/jobs").with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	@Test
	void introductionsFunnelAnswersWithCountsEvenWhenThereAreNone() throws Exception {
		get("/api/analytics/introductions?programme=no-such-" + UUID.randomUUID() + "&from=2024-01-01", ADMIN)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.funnel.requested").value(0))
			.andExpect(jsonPath("$.funnel.accepted").value(0))
			.andExpect(jsonPath("$.funnel.declined").value(0))
			.andExpect(jsonPath("$.funnel.completed").value(0))
			.andExpect(jsonPath("$.funnel.expired").value(0))
			.andExpect(jsonPath("$.funnel.withdrawn").value(0))
			.andExpect(jsonPath("$.funnel.pending").value(0))
			.andExpect(jsonPath("$.acceptanceRate").value(nullValue()))
			.andExpect(jsonPath("$.medianHoursToDecision").value(nullValue()))
			.andExpect(jsonPath("$.to").value(nullValue()))
			.andExpect(jsonPath("$.from").value("2024-01-01T00:00Z"))
			.andExpect(jsonPath("$.byIntroducer", hasSize(0)))
			.andExpect(jsonPath("$.byTieStrength", hasSize(4)))
			.andExpect(jsonPath("$.byTieStrength[0].band").value("0.0-0.25"))
			.andExpect(jsonPath("$.byTieStrength[0].acceptanceRate").value(nullValue()))
			.andExpect(jsonPath("$.mentorCapacity").isArray());
		get("/api/analytics/introductions?from=yesterday", ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("from"));
	}

	@Test
	void badParametersAndUnknownPeopleAreProblems() throws Exception {
		get("/api/analytics/brokers?top=0", ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("top"));
		get("/api/analytics/reach?from=" + this.g.id("a") + "&maxHops=9", ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("maxHops"));
		get("/api/analytics/reach?from=nobody-" + UUID.randomUUID(), ADMIN).andExpect(status().isNotFound());
	}

	@Test
	void membersMayNotSeeAnalytics() throws Exception {
		RequestPostProcessor member = account("MEMBER");
		get("/api/analytics/summary", member).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/analytics/summary/jobs").with(member)).andExpect(status().isForbidden());
		get("/api/export?format=json&scope=all", member).andExpect(status().isForbidden());
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
