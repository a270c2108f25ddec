package org.warmpath.accounts;

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
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password rules wherever a password is taken: sign-in, account creation and the member's
 * own change. Bcrypt reads only 72 bytes and refuses more, so over-long input must be a
 * 400 problem before it gets there.
 */
@WarmPathTest
class PasswordTests {

	private final MockMvc mvc;

	private final TestData data;

	private final ObjectMapper json;

	@Autowired
	PasswordTests(MockMvc mvc, TestData data, ObjectMapper json) {
		this.mvc = mvc;
		this.data = data;
		this.json = json;
	}

	/** 73 bytes: one more than bcrypt takes. */
	static final String OVER_72_BYTES = "x".repeat(73);

	/** 64 characters, 128 bytes in UTF-8. */
	static final String WIDE = "\u03a9".repeat(64);

	@Test
	void anOverLongSignInPasswordIsABadRequestNotAServerError() throws Exception {
		TestGraphs g = this.data.graph().people("me");
		String me = this.data.accounts().member(g.id("me"));
		this.mvc.perform(get("/api/me").with(httpBasic(me, OVER_72_BYTES)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("password"));
		this.mvc.perform(get("/api/me").with(httpBasic(me, WIDE))).andExpect(status().isBadRequest());
	}

	@Test
	void accountCreationAppliesThePasswordRules() throws Exception {
		for (String bad : new String[] { OVER_72_BYTES, WIDE, "short-pw-11", "x".repeat(65), "qwerty123456",
				"1Q2W3E4R5T6Y" }) {
			createAccount(bad).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value("password"));
		}
		createAccount("a fine long passphrase").andExpect(status().isCreated());
	}

	private ResultActions createAccount(String password) throws Exception {
		String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
		return this.mvc.perform(post("/api/accounts").with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(
					Map.of("username", username, "password", password, "roles", new String[] { "ANALYST" }))));
	}

	@Test
	void aMemberChangesTheirPasswordWithTheCurrentOne() throws Exception {
		TestGraphs g = this.data.graph().people("me");
		String me = this.data.accounts().member(g.id("me"));
		String fresh = "correct horse battery staple";
		change(me, MemberAccounts.PASSWORD, "wrong current one", fresh).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://warmpath.org/problems/wrong-password"));
		change(me, MemberAccounts.PASSWORD, MemberAccounts.PASSWORD, "letmein-letmein").andExpect(status().isOk());
		// that worked: the rules are checked before anything is written
		fresh = "another fine passphrase";
		change(me, "letmein-letmein", "letmein-letmein", "123qweasdzxc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("new"));
		change(me, "letmein-letmein", "letmein-letmein", "short").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("new"));
		change(me, "letmein-letmein", "letmein-letmein", WIDE).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("new"));
		change(me, "letmein-letmein", OVER_72_BYTES, fresh).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("current"));
		change(me, "letmein-letmein", "letmein-letmein", fresh).andExpect(status().isOk());
		this.mvc.perform(get("/api/me").with(httpBasic(me, fresh)).with(r -> {
			r.setRemoteAddr("10.20.30.40");
			return r;
		})).andExpect(status().isOk());
		this.mvc.perform(get("/api/me").with(httpBasic(me, "letmein-letmein")).with(r -> {
			r.setRemoteAddr("10.20.30.41");
			return r;
		})).andExpect(status().isUnauthorized());
	}

	private ResultActions change(String user, String signIn, String current, String fresh) throws Exception {
		return this.mvc.perform(post("/api/me/password").with(httpBasic(user, signIn))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("current", current, "new", fresh))));
	}

}
