package org.warmpath.outcomes;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: an introducer's responsiveness, learned from the outcomes of the requests
 * made of them (generated through the API, so from the real events), and the same counts
 * read back from Neo4j as at start-up.
 */
@WarmPathTest
class ResponsivenessTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	private final Responsiveness responsiveness;

	@Autowired
	ResponsivenessTests(MockMvc mvc, TestData data, ObjectMapper json, Responsiveness responsiveness) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
		this.responsiveness = responsiveness;
	}

	@Test
	void aNewcomerIsNeitherPunishedNorTrustedBlindly() {
		Responsiveness.Answers none = this.responsiveness.of("nobody-" + UUID.randomUUID());
		assertThat(none).isEqualTo(Responsiveness.Answers.NONE);
		assertThat(none.estimate()).isEqualTo(0.5);
		// one decline moves a newcomer to 0.4, one acceptance to 0.6: the prior weighs as
		// four answers
		assertThat(new Responsiveness.Answers(0, 1, 0, 0).estimate()).isEqualTo(0.4);
		assertThat(new Responsiveness.Answers(1, 0, 0, 0).estimate()).isEqualTo(0.6);
		assertThat(new Responsiveness.Answers(0, 0, 1, 0).estimate()).isEqualTo(0.4);
	}

	@Test
	void answersCountForTheIntroducerAndTheStartUpLoadReadsTheSameFromNeo4j() throws Exception {
		TestGraphs g = this.data.graph().people("v", "t").ties("v-t:0.7");
		MemberAccounts accounts = this.data.accounts();
		RequestPostProcessor v = accounts.as(accounts.member(g.id("v")));
		String[] actions = { "accept", "accept", "accept", "decline", "decline", null, "withdraw" };
		for (int i = 0; i < actions.length; i++) {
			String requester = "r" + i;
			g.people(requester).ties(requester + "-v:0.4");
			RequestPostProcessor r = accounts.as(accounts.member(g.id(requester)));
			String id = this.json.readTree(this.mvc
				.perform(post("/api/introductions").with(r)
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(Map.of("target", g.id("t"), "via", g.id("v")))))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString()).get("id").asText();
			if (actions[i] != null) {
				this.mvc
					.perform(post("/api/introductions/" + id + "/" + actions[i])
						.with(actions[i].equals("withdraw") ? r : v))
					.andExpect(status().isOk());
			}
			if (i == 0) {
				// a completion follows the acceptance already counted: no second answer
				this.mvc.perform(post("/api/introductions/" + id + "/complete").with(r)).andExpect(status().isOk());
			}
		}
		// 3 accepted (one of them completed), 2 declined, 1 waiting, 1 withdrawn
		// unanswered
		Responsiveness.Answers learned = this.responsiveness.of(g.id("v"));
		assertThat(learned).isEqualTo(new Responsiveness.Answers(3, 2, 0, 1));
		assertThat(learned.estimate()).isEqualTo(5.0 / 9.0);
		assertThat(this.responsiveness.atQuota(g.id("v"))).isFalse();

		// an expiry counts as a no
		this.responsiveness
			.on(new IntroductionChanged("x", g.id("r5"), g.id("v"), g.id("t"), "REQUESTED", "EXPIRED", false));
		assertThat(this.responsiveness.of(g.id("v"))).isEqualTo(new Responsiveness.Answers(3, 2, 1, 0));

		// what start-up reads from Neo4j (where the request is still waiting)
		this.responsiveness.load();
		assertThat(this.responsiveness.of(g.id("v"))).isEqualTo(new Responsiveness.Answers(3, 2, 0, 1));
	}

	@Test
	void theQuotaComesFromTheIntroductionsSetting() {
		assertThat(this.responsiveness.quota()).isEqualTo(3);
		String id = "quota-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(this.responsiveness.atQuota(id)).isFalse();
			this.responsiveness.on(new IntroductionChanged("i" + i, "r", id, "t", null, "REQUESTED", false));
		}
		assertThat(this.responsiveness.atQuota(id)).isTrue();
		this.responsiveness.on(new IntroductionChanged("i0", "r", id, "t", "REQUESTED", "WITHDRAWN", false));
		assertThat(this.responsiveness.atQuota(id)).isFalse();
		assertThat(this.responsiveness.of(id)).isEqualTo(new Responsiveness.Answers(0, 0, 0, 2));
	}

}
