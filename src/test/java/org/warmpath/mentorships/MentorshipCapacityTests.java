package org.warmpath.mentorships;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class MentorshipCapacityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Mentorships mentorships;

	@LocalServerPort
	int port;

	@Test
	void concurrentAcceptsWithoutHttpInBetweenStillStopAtCapacity() throws Exception {
		// no bcrypt or HTTP to spread the calls out: 50 threads released together into
		// the service, so the transactions overlap as much as they can
		String[] specs = new String[51];
		specs[0] = "mentor:mentor=3";
		for (int i = 1; i <= 50; i++) {
			specs[i] = "mentee" + i;
		}
		TestGraphs g = this.data.graph().people(specs);
		for (int i = 1; i <= 50; i++) {
			this.mentorships.request(g.id("mentor"), g.id("mentee" + i), new MentorshipRequest(null, null, null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			String mentee = g.id("mentee" + i);
			answers.add(pool.submit(() -> {
				start.await();
				try {
					this.mentorships.accept(g.id("mentor"), mentee);
					return 200;
				}
				catch (org.springframework.web.ErrorResponseException ex) {
					return ex.getStatusCode().value();
				}
			}));
		}
		start.countDown();
		List<Integer> codes = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			codes.add(answer.get());
		}
		pool.shutdown();
		assertThat(codes.stream().filter(c -> c == 200).count()).isEqualTo(3);
		assertThat(codes.stream().filter(c -> c == 409).count()).isEqualTo(47);
	}

	@Test
	void fiftyConcurrentAcceptsAtCapacityThreeLetExactlyThreeThrough() throws Exception {
		String[] specs = new String[51];
		specs[0] = "mentor:mentor=3";
		for (int i = 1; i <= 50; i++) {
			specs[i] = "mentee" + i;
		}
		TestGraphs g = this.data.graph().people(specs);
		MemberAccounts accounts = this.data.accounts();
		String mentor = accounts.member(g.id("mentor"));
		// one request over HTTP as a signed-in mentee; the other 49 straight into the
		// service, as in the test above: an account per mentee cost 49 bcrypt hashes,
		// and what is under test is the 50 accepts below
		String first = accounts.member(g.id("mentee1"));
		this.mvc
			.perform(post("/api/mentoring/" + g.id("mentor") + "/requests").with(accounts.as(first))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\":\"Please\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"));
		for (int i = 2; i <= 50; i++) {
			this.mentorships.request(g.id("mentor"), g.id("mentee" + i), new MentorshipRequest("Please", null, null));
		}
		// real HTTP on the running server: 50 requests, released at once, each in its own
		// transaction
		HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((mentor + ":" + MemberAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			URI uri = URI.create("http://localhost:" + this.port + "/api/mentoring/" + g.id("mentor") + "/accept/"
					+ g.id("mentee" + i));
			answers.add(pool.submit(() -> {
				start.await();
				return client.send(HttpRequest.newBuilder(uri)
					.header("Authorization", basic)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			}));
		}
		start.countDown();
		int ok = 0;
		int conflict = 0;
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			if (response.statusCode() == 200) {
				ok++;
			}
			else if (response.statusCode() == 409) {
				assertThat(response.body()).contains("mentor-capacity-reached");
				conflict++;
			}
		}
		pool.shutdown();
		assertThat(ok).isEqualTo(3);
		assertThat(conflict).isEqualTo(47);
		assertThat(g.count("MATCH (:Person {id: $p + 'mentor'})-[:MENTORS {status: 'ACTIVE'}]->(e) RETURN count(e)"))
			.isEqualTo(3);
		// the mentor node carries no trace of the lock
		assertThat(g.count("MATCH (p:Person {id: $p + 'mentor'}) WHERE p._lock IS NULL RETURN count(p)")).isEqualTo(1);
	}

	@Test
	void menteeAsksMentorAnswersEitherSideEnds() throws Exception {
		TestGraphs g = this.data.graph().people("mentor:mentor=1", "mentee", "other", "nomentor");
		MemberAccounts accounts = this.data.accounts();
		String mentor = accounts.member(g.id("mentor"));
		String mentee = accounts.member(g.id("mentee"));
		String other = accounts.member(g.id("other"));
		String base = "/api/mentoring/" + g.id("mentor");
		this.mvc.perform(post(base + "/requests").with(accounts.as(mentee))).andExpect(status().isCreated());
		this.mvc.perform(post(base + "/requests").with(accounts.as(mentee))).andExpect(status().isConflict());
		this.mvc.perform(post(base + "/requests").with(accounts.as(other))).andExpect(status().isCreated());
		// a member asks for themselves only; someone not open to mentoring cannot be
		// asked
		this.mvc
			.perform(post(base + "/requests").with(accounts.as(other))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mentee\":\"" + g.id("mentee") + "\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/mentoring/" + g.id("nomentor") + "/requests").with(accounts.as(mentee)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/mentor-not-open"));
		// only the mentor answers
		this.mvc.perform(post(base + "/accept/" + g.id("mentee")).with(accounts.as(mentee)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/accept/" + g.id("mentee")).with(accounts.as(mentor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.since").isNotEmpty());
		// capacity 1: the second is refused, then declined
		this.mvc.perform(post(base + "/accept/" + g.id("other")).with(accounts.as(mentor)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/mentor-capacity-reached"));
		this.mvc.perform(post(base + "/decline/" + g.id("other")).with(accounts.as(mentor)))
			.andExpect(jsonPath("$.status").value("DECLINED"));
		// declining again is idempotent: the declined request, unchanged
		this.mvc.perform(post(base + "/decline/" + g.id("other")).with(accounts.as(mentor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		// a third party cannot end it or see it; the mentee can
		this.mvc.perform(post(base + "/end/" + g.id("mentee")).with(accounts.as(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/mentees/" + g.id("mentee")).with(accounts.as(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/end/" + g.id("mentee")).with(accounts.as(mentee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.until").isNotEmpty());
		// ending again is idempotent too
		this.mvc.perform(post(base + "/end/" + g.id("mentee")).with(accounts.as(mentor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
		this.mvc.perform(post(base + "/end/" + g.id("other")).with(accounts.as(mentor)))
			.andExpect(status().isConflict());
	}

}
