package org.warmpath.privacy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.projection.Projection;
import org.warmpath.ratelimits.RateLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class ErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Driver driver;

	@Autowired
	Projection projection;

	@Autowired
	RateLimits limits;

	private static final String HOLDS = """
			MATCH (n)
			WHERE any(k IN keys(n) WHERE (n[k] IS :: STRING AND (n[k] CONTAINS $id OR n[k] CONTAINS $name))
			   OR (n[k] IS :: LIST<STRING NOT NULL> AND any(x IN n[k] WHERE x CONTAINS $id OR x CONTAINS $name)))
			RETURN count(n) AS n
			UNION ALL
			MATCH ()-[r]->()
			WHERE any(k IN keys(r) WHERE (r[k] IS :: STRING AND (r[k] CONTAINS $id OR r[k] CONTAINS $name))
			   OR (r[k] IS :: LIST<STRING NOT NULL> AND any(x IN r[k] WHERE x CONTAINS $id OR x CONTAINS $name)))
			RETURN count(r) AS n""";

	private long holding(String id, String name) {
		return this.driver.executableQuery(HOLDS)
			.withParameters(Map.of("id", id, "name", name))
			.execute()
			.records()
			.stream()
			.mapToLong(r -> r.get("n").asLong())
			.sum();
	}

	private long erasedCount(String status) {
		return this.data.count("OPTIONAL MATCH (t:ErasedIntroductions {status: $s}) RETURN coalesce(t.count, 0) AS n",
				Map.of("s", status));
	}

	@Test
	void exportHoldsEverythingAndErasureLeavesNoTrace() throws Exception {
		TestGraphs g = this.data.graph()
			.people("gone", "intro", "tgt", "mentor:mentor=2")
			.ties("gone-intro:0.7", "intro-tgt:0.6", "gone-mentor:0.4");
		String id = g.id("gone");
		String name = "Erasable " + UUID.randomUUID();
		this.driver.executableQuery("MATCH (p:Person {id: $id}) SET p.name = $name")
			.withParameters(Map.of("id", id, "name", name))
			.execute();
		MemberAccounts accounts = this.data.accounts();
		String gone = accounts.member(id);
		String intro = accounts.member(g.id("intro"));
		String introduction = IntroductionRequests.create(this.mvc, accounts.as(gone), "{\"target\":\"" + g.id("tgt")
				+ "\",\"via\":\"" + g.id("intro") + "\",\"goal\":\"Meet " + name + "\"}");
		this.mvc.perform(post("/api/introductions/" + introduction + "/accept").with(accounts.as(intro)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/mentoring/" + g.id("mentor") + "/requests").with(accounts.as(gone)))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/mentors/recommendations?for=" + id).with(accounts.as(gone)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/me/export").with(accounts.as(gone)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.id").value(id))
			.andExpect(jsonPath("$.profile.name").value(name))
			.andExpect(jsonPath("$.account.username").value(gone))
			.andExpect(jsonPath("$.account.roles", contains("MEMBER")))
			.andExpect(jsonPath("$.ties", hasSize(2)))
			.andExpect(jsonPath("$.ties[*].person", containsInAnyOrder(g.id("intro"), g.id("mentor"))))
			.andExpect(jsonPath("$.ties[*].strength", containsInAnyOrder(0.7, 0.4)))
			.andExpect(jsonPath("$.introductions", hasSize(1)))
			.andExpect(jsonPath("$.introductions[0].status").value("ACCEPTED"))
			.andExpect(jsonPath("$.mentoring", hasSize(1)))
			.andExpect(jsonPath("$.mentoring[0].status").value("REQUESTED"))
			.andExpect(jsonPath("$.mentoring[0].person").value(g.id("mentor")))
			.andExpect(jsonPath("$.mentoring[0].role").value("mentee"));
		this.mvc.perform(get("/api/me/export").with(accounts.as(accounts.analyst()))).andExpect(status().isForbidden());
		assertThat(holding(id, name)).isPositive();
		assertThat(this.limits.remembers(gone)).isTrue();
		long acceptedBefore = erasedCount("ACCEPTED");

		this.mvc.perform(delete("/api/me").with(accounts.as(gone))).andExpect(status().isNoContent());

		assertThat(holding(id, name)).as("properties holding the erased id or name").isZero();
		assertThat(erasedCount("ACCEPTED")).isEqualTo(acceptedBefore + 1);
		assertThat(this.driver.executableQuery("""
				MATCH (i:Introduction {id: $i}) RETURN count(i) AS n
				UNION ALL
				MATCH (a:Account) WHERE a.username = $u OR a.personId = $id RETURN count(a) AS n""")
			.withParameters(Map.of("i", introduction, "u", gone, "id", id))
			.execute()
			.records()
			.stream()
			.mapToLong(r -> r.get("n").asLong())
			.sum()).isZero();
		assertThat(this.projection.snapshot().graph().indexOf(id)).as("projection").isNegative();
		assertThat(this.limits.remembers(gone)).as("rate-limit buckets").isFalse();
		String others = this.mvc.perform(get("/api/me/export").with(accounts.as(intro)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(others).doesNotContain(id).doesNotContain(name);
		this.mvc.perform(get("/api/people/" + id).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/people").with(httpBasic(gone, MemberAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void adminDeleteErasesTheSameWay() throws Exception {
		TestGraphs g = this.data.graph().people("gone", "intro", "tgt").ties("gone-intro:0.7", "intro-tgt:0.6");
		MemberAccounts accounts = this.data.accounts();
		String gone = accounts.member(g.id("gone"));
		this.mvc
			.perform(post("/api/introductions").with(accounts.as(gone))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"" + g.id("tgt") + "\",\"via\":\"" + g.id("intro") + "\"}"))
			.andExpect(status().isCreated());
		long requestedBefore = erasedCount("REQUESTED");
		this.mvc.perform(delete("/api/people/" + g.id("gone")).with(accounts.as(gone)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/people/" + g.id("gone")).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/people/" + g.id("gone")).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(holding(g.id("gone"), "Test gone " + g.id("x"))).isZero();
		assertThat(erasedCount("REQUESTED")).isEqualTo(requestedBefore + 1);
	}

}
