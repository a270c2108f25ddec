package org.warmpath.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.ratelimits.RateLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class AbuseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	RateLimits limits;

	@Autowired
	Driver driver;

	@Autowired
	ObjectMapper json;

	@Test
	void pathQueriesAreRateLimitedPerAccount() throws Exception {
		TestGraphs g = this.data.graph().people("me", "you").ties("me-you:0.5");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		String other = accounts.member(g.id("you"));
		String url = "/api/paths?k=1&from=" + g.id("me") + "&to=" + g.id("you");
		// the bucket holds a minute's worth and refills smoothly, one token per 1/rate of
		// a
		// minute, so a burst gets at least the whole minute's worth and not many more
		int allowed = this.limits.properties().queriesPerMinute();
		int ok = 0;
		MvcResult last = null;
		while (ok < 2 * allowed) {
			last = this.mvc.perform(get(url).with(accounts.as(me))).andReturn();
			if (last.getResponse().getStatus() != 200) {
				break;
			}
			ok++;
		}
		assertThat(ok).isBetween(allowed, 2 * allowed - 1);
		assertThat(last.getResponse().getStatus()).isEqualTo(429);
		assertThat(last.getResponse().getHeader("Retry-After")).matches("[1-9][0-9]*");
		assertThat(last.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(last.getResponse().getContentAsString()).contains("https://warmpath.org/problems/rate-limited");
		// other accounts and other endpoints are not affected
		this.mvc.perform(get("/api/paths?k=1&from=" + g.id("you") + "&to=" + g.id("me")).with(accounts.as(other)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/introductions").with(accounts.as(me))).andExpect(status().isOk());
	}

	@Test
	void failedSignInsAreThrottledPerNameAndAddress() throws Exception {
		TestGraphs g = this.data.graph().people("me");
		String me = this.data.accounts().member(g.id("me"));
		int allowed = this.limits.properties().loginFailures();
		for (int i = 0; i < allowed; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic(me, "wrong-password-" + i)))
				.andExpect(status().isUnauthorized());
		}
		// now even the right password is refused from this address, without a bcrypt
		// check
		this.mvc.perform(get("/api/me").with(httpBasic(me, MemberAccounts.PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/sign-in-throttled"));
		this.mvc.perform(get("/api/me").with(httpBasic(me, MemberAccounts.PASSWORD)).with(r -> {
			r.setRemoteAddr("10.9.8.7");
			return r;
		})).andExpect(status().isOk());
	}

	@LocalServerPort
	int port;

	/**
	 * Behind the shipped nginx every request comes from the proxy's address; the client's
	 * is in {@code X-Forwarded-For}. A stranger's failures from one client must not lock
	 * the member out from another.
	 */
	@Test
	void behindAProxyAStrangerCannotLockAMemberOut() throws Exception {
		TestGraphs g = this.data.graph().people("me");
		String me = this.data.accounts().member(g.id("me"));
		HttpClient http = HttpClient.newHttpClient();
		int allowed = this.limits.properties().loginFailures();
		for (int i = 0; i <= allowed + 2; i++) {
			int code = signInThroughProxy(http, me, "wrong-password-" + i, "203.0.113.5");
			assertThat(code).isIn(401, 429);
		}
		assertThat(signInThroughProxy(http, me, "wrong-password", "203.0.113.5")).isEqualTo(429);
		assertThat(signInThroughProxy(http, me, MemberAccounts.PASSWORD, "198.51.100.7")).isEqualTo(200);
	}

	private int signInThroughProxy(HttpClient http, String user, String password, String client) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/me"))
			.header("Authorization", "Basic " + basic)
			.header("X-Forwarded-For", client)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * Guessing spread over many addresses trips the per-account limit: from then on an
	 * address that has failed for the account is refused at once, but the member with the
	 * right password from an address that has not failed still signs in.
	 */
	@Test
	void guessingFromManyAddressesDoesNotLockOutTheRightPasswordFromANewAddress() throws Exception {
		TestGraphs g = this.data.graph().people("me");
		String me = this.data.accounts().member(g.id("me"));
		int perAccount = this.limits.properties().loginAccountFailures();
		for (int i = 0; i < perAccount; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic(me, "wrong-password")).with(from("192.0.2." + i)))
				.andExpect(status().isUnauthorized());
		}
		// an address that failed once is now refused without a password check
		this.mvc.perform(get("/api/me").with(httpBasic(me, MemberAccounts.PASSWORD)).with(from("192.0.2.0")))
			.andExpect(status().isTooManyRequests());
		// a new address gets its one try, and the member's right password works
		this.mvc.perform(get("/api/me").with(httpBasic(me, MemberAccounts.PASSWORD)).with(from("198.51.100.99")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/me").with(httpBasic(me, "wrong-again")).with(from("198.51.100.100")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/me").with(httpBasic(me, "wrong-again")).with(from("198.51.100.100")))
			.andExpect(status().isTooManyRequests());
	}

	private static RequestPostProcessor from(String address) {
		return (r) -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	/** Nodes and relationships, as "nodes/relationships". */
	private String graphSize() {
		var r = this.driver.executableQuery("""
				CALL () { MATCH (n) WHERE NOT n:__WarmPathChange RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				RETURN nodes, relationships""").execute().records().get(0);
		return r.get("nodes").asLong() + "/" + r.get("relationships").asLong();
	}

	private static String plus(String size, int nodes, int relationships) {
		String[] parts = size.split("/");
		return (Long.parseLong(parts[0]) + nodes) + "/" + (Long.parseLong(parts[1]) + relationships);
	}

	@Test
	void hostileStringsInEveryTextInputLeaveTheGraphAloneAndNeverFail() throws Exception {
		TestGraphs g = this.data.graph()
			.people("me", "via", "tgt", "mentor:mentor=5")
			.ties("me-via:0.5", "via-tgt:0.5");
		MemberAccounts accounts = this.data.accounts();
		String me = accounts.member(g.id("me"));
		List<String> hostile = List.of("'", "\"", "\\", "'}) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n //",
				"x' OR 1=1 //", "$id", "`Person`", "Ω≈ç√ 😀 \u202e‮ مرحبا", "%00%27", "a".repeat(10_240),
				"${jndi:ldap://x}", "<script>alert(1)</script>");
		// a fresh account per string keeps this test under the query rate limit
		List<String> callers = new ArrayList<>();
		hostile.forEach(s -> callers.add(accounts.member(g.id("me"))));
		String before = graphSize();
		List<String> failures = new ArrayList<>();
		for (String s : hostile) {
			String caller = callers.get(hostile.indexOf(s));
			List<RequestBuilder> requests = List.of(
					get("/api/people").param("q", s).param("specialty", s).param("region", s).param("grade", s),
					get("/api/people/{id}", s), get("/api/people/{id}/connections", s),
					get("/api/paths").param("from", g.id("me")).param("to", s),
					get("/api/paths").param("from", g.id("me")).param("to", g.id("tgt")).param("avoid", s),
					get("/api/paths").param("from", g.id("me")).param("to", g.id("tgt")).param("mode", s),
					get("/api/people/{id}/mutuals/{t}", g.id("me"), s),
					get("/api/mentors/recommendations").param("for", g.id("me"))
						.param("specialty", s)
						.param("region", s)
						.param("skills", s)
						.param("level", s),
					get("/api/introductions").param("status", s).param("role", s), get("/api/introductions/{id}", s),
					post("/api/introductions/{id}/accept", s),
					post("/api/introductions").contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(Map.of("target", s, "via", g.id("via"), "goal", s))),
					post("/api/introductions").contentType(MediaType.APPLICATION_JSON)
						.content(this.json
							.writeValueAsString(Map.of("target", g.id("tgt"), "via", s, "message", s, "programme", s))),
					post("/api/mentoring/{m}/requests", s).contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(Map.of("message", s))),
					post("/api/mentoring/{m}/accept/{e}", g.id("me"), s),
					patch("/api/me").contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(Map.of("connectionVisibility", s))),
					patch("/api/me").contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(Map.of(s, true))));
			for (RequestBuilder request : requests) {
				MvcResult result = this.mvc.perform(withUser(request, accounts, caller)).andReturn();
				int code = result.getResponse().getStatus();
				if (code >= 500 || code == 429) {
					failures.add(code + " for " + result.getRequest().getRequestURI() + " with "
							+ s.substring(0, Math.min(s.length(), 30)));
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(graphSize()).as("nodes and relationships").isEqualTo(before);
		// text that is stored comes back exactly as sent
		String headline = "'}) DETACH DELETE n // Ω😀";
		this.mvc
			.perform(patch("/api/me").with(accounts.as(me))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("headline", headline))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headline").value(headline));
		this.mvc
			.perform(post("/api/introductions").with(accounts.as(me))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(
						Map.of("target", g.id("tgt"), "via", g.id("via"), "goal", headline, "message", "\"})//"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.goal").value(headline))
			.andExpect(jsonPath("$.message").value("\"})//"));
		// the introduction (with its three relationships and the two links the quotas
		// count while it is open) and the introducer's notification that an ask waits
		// for them
		assertThat(graphSize()).isEqualTo(plus(before, 2, 5));
	}

	private RequestBuilder withUser(RequestBuilder request, MemberAccounts accounts, String me) {
		return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
			.with(accounts.as(me));
	}

}
