package org.warmpath.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.cypher.Writes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of notification from the flows that make it, on the shared embedded
 * database; the job driven directly (it does not run on its own in tests), and e-mail
 * against a real in-process SMTP server (GreenMail).
 */
@WarmPathTest
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Driver driver;

	@Autowired
	Writes writes;

	@Autowired
	ObjectMapper json;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationProperties properties;

	@Autowired
	AccountManagement accountManagement;

	TestGraphs g;

	MemberAccounts accounts;

	String req;

	String intro;

	String tgt;

	String stranger;

	@BeforeEach
	void graph() {
		this.g = this.data.graph()
			.people("req", "intro", "tgt", "stranger", "other", "mentor:mentor=3", "mentee", "tgt2")
			.ties("req-intro:0.8", "intro-tgt:0.6", "req-other:0.7", "other-tgt2:0.6");
		this.accounts = this.data.accounts();
		this.req = this.accounts.member(this.g.id("req"));
		this.intro = this.accounts.member(this.g.id("intro"));
		this.tgt = this.accounts.member(this.g.id("tgt"));
		this.stranger = this.accounts.member(this.g.id("stranger"));
	}

	private String ask(String via) throws Exception {
		return ask(via, via.equals("other") ? "tgt2" : "tgt");
	}

	/** The requester asks the introducer for an introduction to the target. */
	private String ask(String via, String target) throws Exception {
		ResultActions result = this.mvc
			.perform(post("/api/introductions").with(this.accounts.as(this.req))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("target", this.g.id(target), "via", this.g.id(via), "goal",
						"Career advice", "message", "Hello"))))
			.andExpect(status().isCreated());
		return this.json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asText();
	}

	private void act(String account, String id, String action) throws Exception {
		this.mvc.perform(post("/api/introductions/" + id + "/" + action).with(this.accounts.as(account)))
			.andExpect(status().isOk());
	}

	private JsonNode list(String account, String query) throws Exception {
		String body = this.mvc.perform(get("/api/me/notifications" + query).with(this.accounts.as(account)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	/** The account's notifications of one kind. */
	private List<JsonNode> of(String account, String kind) throws Exception {
		List<JsonNode> found = new ArrayList<>();
		list(account, "").get("notifications").forEach(n -> {
			if (n.get("kind").asText().equals(kind)) {
				found.add(n);
			}
		});
		return found;
	}

	private void cypher(String query, Map<String, Object> params) {
		this.driver.executableQuery(query).withParameters(params).execute();
	}

	/** Notifications of this test's people, all kinds. */
	private long stored() {
		return this.g.count("MATCH (n:Notification) WHERE n.personId STARTS WITH $p RETURN count(n)");
	}

	@Test
	void aRequestTellsTheIntroducerAndTheAnswerTellsTheRequester() throws Exception {
		String id = ask("intro");
		List<JsonNode> waiting = of(this.intro, "ask-waiting");
		assertThat(waiting).hasSize(1);
		assertThat(waiting.get(0).get("introductionId").asText()).isEqualTo(id);
		assertThat(waiting.get(0).get("text").asText()).isEqualTo("Test req asks you for an introduction to Test tgt.");
		assertThat(list(this.intro, "?unread=true").get("unread").asLong()).isEqualTo(1);
		act(this.intro, id, "accept");
		List<JsonNode> accepted = of(this.req, "accepted");
		assertThat(accepted).hasSize(1);
		assertThat(accepted.get(0).get("text").asText())
			.isEqualTo("Test intro accepted your introduction request to Test tgt.");

		String declined = ask("other");
		act(this.accounts.member(this.g.id("other")), declined, "decline");
		List<JsonNode> no = of(this.req, "declined");
		assertThat(no).hasSize(1);
		assertThat(no.get(0).get("introductionId").asText()).isEqualTo(declined);
		// the job finds nothing of these: no duplicates, and nothing more
		long before = stored();
		this.notifications.generateDue(Notifications.now());
		assertThat(stored()).isEqualTo(before).isEqualTo(4);
	}

	@Test
	void anUnansweredRequestNearItsExpiryWarnsBothSidesOnce() throws Exception {
		String id = ask("intro");
		this.notifications.generateDue(Notifications.now());
		assertThat(of(this.intro, "expiring")).isEmpty();
		// asked 12 days ago: it expires (after 14) within the 3-day warning
		cypher("MATCH (i:Introduction {id: $id}) SET i.requestedAt = datetime() - duration('P12D')", Map.of("id", id));
		this.notifications.generateDue(Notifications.now());
		this.notifications.generateDue(Notifications.now());
		List<JsonNode> introducer = of(this.intro, "expiring");
		List<JsonNode> requester = of(this.req, "expiring");
		assertThat(introducer).hasSize(1);
		assertThat(requester).hasSize(1);
		assertThat(introducer.get(0).get("text").asText()).startsWith("Test req's introduction request to Test tgt")
			.endsWith("unless you answer it.");
		assertThat(requester.get(0).get("text").asText()).startsWith("Your introduction request to Test tgt expires")
			.endsWith("unless Test intro answers it.");
	}

	@Test
	void twoWeeksAfterCompletionTheRequesterIsAskedAndTheAnswerIsTheOutcome() throws Exception {
		String id = ask("intro");
		act(this.intro, id, "accept");
		act(this.req, id, "complete");
		this.notifications.generateDue(Notifications.now());
		assertThat(of(this.req, "follow-up")).isEmpty();
		cypher("MATCH (i:Introduction {id: $id}) SET i.completedAt = datetime() - duration('P15D')", Map.of("id", id));
		this.notifications.generateDue(Notifications.now());
		this.notifications.generateDue(Notifications.now());
		List<JsonNode> followUps = of(this.req, "follow-up");
		assertThat(followUps).hasSize(1);
		String n = followUps.get(0).get("id").asText();
		assertThat(followUps.get(0).get("outcome").isNull()).isTrue();

		// only its person may answer or read it: 404 for anyone else
		this.mvc
			.perform(post("/api/me/notifications/" + n + "/answer").with(this.accounts.as(this.stranger))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"met\": true}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/me/notifications/" + n + "/read").with(this.accounts.as(this.stranger)))
			.andExpect(status().isNotFound());
		assertThat(list(this.stranger, "").get("notifications")).isEmpty();
		// bad answers change nothing
		this.mvc
			.perform(post("/api/me/notifications/" + n + "/answer").with(this.accounts.as(this.req))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"met\": false, \"mentoringStarted\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mentoringStarted"));
		assertThat(this.g.count("MATCH (i:Introduction {id: $p}) WHERE i.outcome IS NOT NULL RETURN count(i)"))
			.isZero();

		String first = this.mvc
			.perform(post("/api/me/notifications/" + n + "/answer").with(this.accounts.as(this.req))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"met\": true, \"mentoringStarted\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("mentoring-started"))
			.andExpect(jsonPath("$.introductionId").value(id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = this.mvc
			.perform(post("/api/me/notifications/" + n + "/answer").with(this.accounts.as(this.req))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"met\": true, \"mentoringStarted\": true}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).isEqualTo(first);
		var stored = this.driver
			.executableQuery("MATCH (i:Introduction {id: $id}) RETURN i.outcome AS outcome, i.outcomeAt AS at")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0);
		assertThat(stored.get("outcome").asString()).isEqualTo("mentoring-started");
		assertThat(stored.get("at").isNull()).isFalse();
		JsonNode answered = of(this.req, "follow-up").get(0);
		assertThat(answered.get("outcome").asText()).isEqualTo("mentoring-started");
		assertThat(answered.get("readAt").isNull()).isFalse();
		// an ask-waiting is no follow-up
		String waiting = of(this.intro, "ask-waiting").get(0).get("id").asText();
		this.mvc
			.perform(post("/api/me/notifications/" + waiting + "/answer").with(this.accounts.as(this.intro))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"met\": true}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aMenteeAYearIntoMentoringIsInvitedToOfferNearPeerMentoringOnce() throws Exception {
		String mentee = this.accounts.member(this.g.id("mentee"));
		String mentor = this.accounts.member(this.g.id("mentor"));
		this.mvc
			.perform(post("/api/mentoring/" + this.g.id("mentor") + "/requests").with(this.accounts.as(mentee))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\":\"Please\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/mentoring/" + this.g.id("mentor") + "/accept/" + this.g.id("mentee"))
				.with(this.accounts.as(mentor)))
			.andExpect(status().isOk());
		this.notifications.generateDue(Notifications.now());
		assertThat(of(mentee, "offer-near-peer")).isEmpty();
		cypher("MATCH (:Person {id: $m})-[r:MENTORS {status: 'ACTIVE'}]->(:Person {id: $e}) "
				+ "SET r.since = date() - duration('P13M')",
				Map.of("m", this.g.id("mentor"), "e", this.g.id("mentee")));
		this.notifications.generateDue(Notifications.now());
		this.notifications.generateDue(Notifications.now());
		List<JsonNode> invited = of(mentee, "offer-near-peer");
		assertThat(invited).hasSize(1);
		assertThat(invited.get(0).get("mentorId").asText()).isEqualTo(this.g.id("mentor"));
		assertThat(invited.get(0).get("text").asText()).startsWith("You have been mentored by Test mentor");
	}

	@Test
	void readOneAndReadAll() throws Exception {
		ask("intro");
		String other = this.accounts.member(this.g.id("other"));
		String second = ask("other");
		act(other, second, "decline");
		JsonNode mine = list(this.intro, "?unread=true");
		assertThat(mine.get("unread").asLong()).isEqualTo(1);
		String id = mine.get("notifications").get(0).get("id").asText();
		this.mvc.perform(post("/api/me/notifications/" + id + "/read").with(this.accounts.as(this.intro)))
			.andExpect(status().isNoContent());
		assertThat(list(this.intro, "?unread=true").get("unread").asLong()).isZero();
		assertThat(list(this.intro, "?unread=true").get("notifications")).isEmpty();
		assertThat(list(this.intro, "").get("notifications")).hasSize(1);
		this.mvc.perform(post("/api/me/notifications/read-all").with(this.accounts.as(this.req)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(1));
		assertThat(list(this.req, "").get("unread").asLong()).isZero();
		this.mvc.perform(get("/api/me/notifications?limit=0").with(this.accounts.as(this.req)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void eachEventIsEmailedOnceEvenAfterTheJobRunsTwiceAndARestart() throws Exception {
		this.mvc
			.perform(put("/api/me/email").with(this.accounts.as(this.intro))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\": \"intro@example.org\\nBcc: x@example.org\"}"))
			.andExpect(status().isBadRequest());
		String introMail = this.g.prefix() + "intro@example.org";
		String reqMail = this.g.prefix() + "req@example.org";
		for (String[] a : new String[][] { { this.intro, introMail }, { this.req, reqMail } }) {
			this.mvc
				.perform(put("/api/me/email").with(this.accounts.as(a[0]))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"email\": \"" + a[1] + "\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.email").value(a[1]));
		}
		// the account's own saves (enable, password) keep the address
		this.accountManagement.setEnabled(this.intro, true);
		this.mvc.perform(get("/api/me/email").with(this.accounts.as(this.intro)))
			.andExpect(jsonPath("$.email").value(introMail));

		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			Properties props = new Properties();
			props.put("mail.smtp.connectiontimeout", "5000");
			props.put("mail.smtp.timeout", "5000");
			sender.setJavaMailProperties(props);

			String id = ask("intro");
			NotificationMailer mailer = new NotificationMailer(this.driver, this.writes, sender, this.properties,
					this.notifications);
			mailer.sendDue();
			act(this.intro, id, "accept");
			this.notifications.generateDue(Notifications.now());
			mailer.sendDue();
			this.notifications.generateDue(Notifications.now());
			mailer.sendDue();
			mailer.close();
			// a restart: a new mailer over the same database
			NotificationMailer restarted = new NotificationMailer(this.driver, this.writes, sender, this.properties,
					this.notifications);
			restarted.sendDue();
			restarted.close();

			List<MimeMessage> toIntro = to(smtp, introMail);
			List<MimeMessage> toReq = to(smtp, reqMail);
			assertThat(toIntro).hasSize(1);
			assertThat(toIntro.get(0).getSubject()).isEqualTo("WarmPath: An introduction request is waiting for you");
			assertThat(toIntro.get(0).getContent().toString())
				.contains("Test req asks you for an introduction to Test tgt.");
			assertThat(toReq).hasSize(1);
			assertThat(toReq.get(0).getSubject()).isEqualTo("WarmPath: Your introduction request was accepted");
			assertThat(this.g.count(
					"MATCH (n:Notification) WHERE n.personId STARTS WITH $p AND n.emailedAt IS NULL RETURN count(n)"))
				.isZero();
		}
		finally {
			smtp.stop();
		}
	}

	@Test
	void anErasedRequesterLeavesNoNotificationThatNamesThem() throws Exception {
		String id = ask("intro");
		assertThat(of(this.intro, "ask-waiting")).hasSize(1);
		this.mvc.perform(delete("/api/me").with(this.accounts.as(this.req))).andExpect(status().isNoContent());
		assertThat(of(this.intro, "ask-waiting")).isEmpty();
		long left = this.driver
			.executableQuery("MATCH (n:Notification) WHERE n.introductionId = $id OR n.personId = $req RETURN count(n)")
			.withParameters(Map.of("id", id, "req", this.g.id("req")))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
		assertThat(left).isZero();
	}

	private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				found.add(m);
			}
		}
		return found;
	}

}
