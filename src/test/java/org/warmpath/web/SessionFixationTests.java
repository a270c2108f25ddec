package org.warmpath.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in gives the client a new session id, so an id planted before sign-in (session
 * fixation) never carries the account's authentication.
 */
@WarmPathTest
class SessionFixationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void basicSignInChangesTheIdOfASessionThatExistedBefore() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		MvcResult result = this.mvc
			.perform(get("/api/me").session(before).with(httpBasic("admin", WarmPathTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNotNull();
		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
	}

	@Test
	void theWebAppSignInOverHttpGetsANewSessionIdAndTheOldOneStopsWorking() throws Exception {
		String analyst = this.data.accounts().analyst();
		HttpResponse<String> first = send(null, "admin", WarmPathTest.ADMIN_PASSWORD);
		assertThat(first.statusCode()).isEqualTo(200);
		String planted = sessionId(first).orElseThrow();
		// the page signs in with GET /api/me and a Basic header, carrying whatever cookie
		// the browser holds
		HttpResponse<String> signIn = send(planted, analyst, MemberAccounts.PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(200);
		assertThat(signIn.body()).contains(analyst);
		Optional<String> after = sessionId(signIn);
		assertThat(after).as("a new session cookie at sign-in").isPresent();
		assertThat(after.get()).isNotEqualTo(planted);
		assertThat(send(after.get(), null, null).body()).contains(analyst);
		assertThat(send(planted, null, null).statusCode()).as("the id from before sign-in").isEqualTo(401);
	}

	private HttpResponse<String> send(String sessionId, String user, String password) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/me"));
		if (sessionId != null) {
			request.header("Cookie", "JSESSIONID=" + sessionId);
		}
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionId(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.map((cookie) -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
			.findFirst();
	}

}
