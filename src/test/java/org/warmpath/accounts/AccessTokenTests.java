package org.warmpath.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.warmpath.TestData;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WarmPathTest
class AccessTokenTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	private final Driver driver;

	private final AccountManagement accounts;

	@Autowired
	AccessTokenTests(MockMvc mvc, TestData data, ObjectMapper json, Driver driver, AccountManagement accounts) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
		this.driver = driver;
		this.accounts = accounts;
	}

	private String member() {
		TestGraphs g = this.data.graph().people("me");
		return this.data.accounts().member(g.id("me"));
	}

	private ResultActions create(String user, Object name, Object days) throws Exception {
		java.util.Map<String, Object> body = new java.util.HashMap<>();
		body.put("name", name);
		body.put("expiresInDays", days);
		return this.mvc.perform(post("/api/me/tokens").with(this.data.accounts().as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private JsonNode created(String user, String name, int days) throws Exception {
		return this.json.readTree(create(user, name, days).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor bearer(String token) {
		return (r) -> {
			r.addHeader("Authorization", "Bearer " + token);
			return r;
		};
	}

	@Test
	void aTokenIsShownOnceStoredAsItsHashAndSignsInWithoutASession() throws Exception {
		String me = member();
		JsonNode token = created(me, "nightly export", 30);
		String value = token.get("token").asText();
		assertThat(Base64.getUrlDecoder().decode(value)).hasSize(32);
		assertThat(token.get("name").asText()).isEqualTo("nightly export");
		Instant createdAt = Instant.parse(token.get("createdAt").asText());
		assertThat(Duration.between(createdAt, Instant.parse(token.get("expiresAt").asText())))
			.isEqualTo(Duration.ofDays(30));
		// listed without the value
		String listed = this.mvc.perform(get("/api/me/tokens").with(this.data.accounts().as(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(token.get("id").asText()))
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).doesNotContain(value);
		// the value itself is nowhere in the database, its SHA-256 is
		assertThat(AccessTokens.hash(value)).hasSize(64).isNotEqualTo(value);
		// the token signs in on the account's endpoints, and no session is kept
		this.mvc.perform(get("/api/me").with(bearer(value)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(me))
			.andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"))
			.andExpect(header().doesNotExist("Set-Cookie"));
		this.mvc.perform(get("/api/introductions").with(bearer(value))).andExpect(status().isOk());
		// with the account's rights only
		this.mvc.perform(get("/api/accounts").with(bearer(value))).andExpect(status().isForbidden());
		// a token cannot mint a token
		this.mvc
			.perform(post("/api/me/tokens").with(bearer(value))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"more\", \"expiresInDays\": 365}"))
			.andExpect(status().isForbidden());
		// revoked: refused from the next request on
		this.mvc.perform(delete("/api/me/tokens/{id}", token.get("id").asText()).with(this.data.accounts().as(me)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/me").with(bearer(value)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/invalid-token"));
		this.mvc.perform(get("/api/me").with(bearer("not-a-token"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenIsRefusedWithAProblem() throws Exception {
		String me = member();
		JsonNode token = created(me, "short lived", 1);
		// let it expire: move its expiry into the past
		this.driver.executableQuery("MATCH (t:AccessToken {id: $id}) SET t.expiresAt = $at")
			.withParameters(Map.of("id", token.get("id").asText(), "at",
					Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC)))
			.execute();
		this.mvc.perform(get("/api/me").with(bearer(token.get("token").asText())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/token-expired"));
	}

	@Test
	void aDisabledAccountsTokensStopWorkingAndAnAdminRevokesAnyonesToken() throws Exception {
		String me = member();
		String value = created(me, "script", 7).get("token").asText();
		this.mvc.perform(get("/api/me").with(bearer(value))).andExpect(status().isOk());
		this.accounts.setEnabled(me, false);
		this.mvc.perform(get("/api/me").with(bearer(value)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/account-inactive"));
		this.accounts.setEnabled(me, true);
		this.mvc.perform(get("/api/me").with(bearer(value))).andExpect(status().isOk());
		JsonNode listed = this.json.readTree(this.mvc
			.perform(get("/api/accounts/{u}/tokens", me).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = listed.get(0).get("id").asText();
		// a member cannot revoke for someone else
		this.mvc.perform(delete("/api/accounts/{u}/tokens/{id}", me, id).with(this.data.accounts().as(me)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(delete("/api/accounts/{u}/tokens/{id}", me, id)
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/me").with(bearer(value))).andExpect(status().isUnauthorized());
		this.mvc
			.perform(delete("/api/accounts/{u}/tokens/{id}", me, id)
				.with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void tokenRequestsAreBoundedAndAnAccountHoldsAtMostTwenty() throws Exception {
		String me = member();
		create(me, "", 30).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
		create(me, "x".repeat(101), 30).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("name"));
		create(me, "ok", 0).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("expiresInDays"));
		create(me, "ok", 366).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("expiresInDays"));
		create(me, "ok", null).andExpect(status().isBadRequest());
		create(me, "x".repeat(100), 365).andExpect(status().isCreated());
		for (int i = 1; i < AccessTokens.MAX_PER_ACCOUNT; i++) {
			create(me, "t" + i, 1).andExpect(status().isCreated());
		}
		create(me, "one too many", 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/too-many-tokens"));
		this.mvc.perform(get("/api/me/tokens").with(this.data.accounts().as(me)))
			.andExpect(jsonPath("$.length()").value(AccessTokens.MAX_PER_ACCOUNT));
	}

}
