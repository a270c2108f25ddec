package org.warmpath.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.warmpath.MemberAccounts;
import org.warmpath.TestData;
import org.warmpath.WarmPathTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser edge over real HTTP (Tomcat's valves included): a cross-site request that
 * carries the browser's session cookie or cached Basic credentials changes nothing, a
 * script without a browser {@code Origin} still works, browsers get no Basic prompt, and
 * every response carries the security headers.
 */
@WarmPathTest
class BrowserEdgeTests {

	static final String EVIL = "https://evil.example";

	private final HttpClient http = HttpClient.newHttpClient();

	private final TestData data;

	@LocalServerPort
	int port;

	@Autowired
	BrowserEdgeTests(TestData data) {
		this.data = data;
	}

	@Test
	void aCrossSiteFormPostWithTheSessionCookieChangesNothing() throws Exception {
		String analyst = this.data.accounts().analyst();
		String session = signIn(analyst);
		HttpResponse<String> forged = send("POST", "/api/session/logout", "a=b", Map.of("Cookie",
				"JSESSIONID=" + session, "Origin", EVIL, "Content-Type", "application/x-www-form-urlencoded"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(forged.body()).contains("https://warmpath.org/problems/cross-site-request");
		assertThat(me(session).statusCode()).as("the session was not ended").isEqualTo(200);

		HttpResponse<String> fetchMetadata = send("POST", "/api/session/logout", "",
				Map.of("Cookie", "JSESSIONID=" + session, "Sec-Fetch-Site", "cross-site"));
		assertThat(fetchMetadata.statusCode()).isEqualTo(403);
		assertThat(me(session).statusCode()).isEqualTo(200);

		HttpResponse<String> opaque = send("POST", "/api/session/logout", "",
				Map.of("Cookie", "JSESSIONID=" + session, "Origin", "null"));
		assertThat(opaque.statusCode()).as("a sandboxed or file: page").isEqualTo(403);
		assertThat(me(session).statusCode()).isEqualTo(200);

		HttpResponse<String> sameOrigin = send("POST", "/api/session/logout", "", Map.of("Cookie",
				"JSESSIONID=" + session, "Origin", "http://localhost:" + this.port, "Sec-Fetch-Site", "same-origin"));
		assertThat(sameOrigin.statusCode()).as("the web app itself").isEqualTo(204);
		assertThat(me(session).statusCode()).isEqualTo(401);
	}

	@Test
	void cachedBasicCredentialsOnACrossSitePostChangeNothingAndAScriptWithoutOriginWorks() throws Exception {
		String analyst = this.data.accounts().analyst();
		String name = "edge-" + UUID.randomUUID();
		String body = "{\"name\":\"" + name + "\",\"expiresInDays\":1}";
		HttpResponse<String> forged = send("POST", "/api/me/tokens", body, Map.of("Authorization", basic(analyst),
				"Content-Type", "application/json", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/me/tokens", null, Map.of("Authorization", basic(analyst))).body())
			.doesNotContain(name);

		HttpResponse<String> script = send("POST", "/api/me/tokens", body,
				Map.of("Authorization", basic(analyst), "Content-Type", "application/json"));
		assertThat(script.statusCode()).isEqualTo(201);
		assertThat(send("GET", "/api/me/tokens", null, Map.of("Authorization", basic(analyst))).body()).contains(name);
	}

	@Test
	void readsAreNotCheckedForTheirOrigin() throws Exception {
		String analyst = this.data.accounts().analyst();
		assertThat(send("GET", "/api/me", null, Map.of("Authorization", basic(analyst), "Origin", EVIL)).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aBrowserWithoutCredentialsGetsNoBasicChallengeButCurlDoes() throws Exception {
		assertThat(send("GET", "/api/me", null, Map.of("Accept", "*/*")).headers().firstValue("WWW-Authenticate"))
			.as("curl")
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
		for (Map<String, String> browser : java.util.List.of(Map.of("Accept", "text/html,application/xhtml+xml,*/*"),
				Map.of("Accept", "*/*", "Sec-Fetch-Mode", "cors"), Map.of("X-Requested-With", "XMLHttpRequest"))) {
			HttpResponse<String> answer = send("GET", "/api/me", null, browser);
			assertThat(answer.statusCode()).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).as(browser.toString()).isEmpty();
		}
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/", "/js/api.js", "/api/me", "/actuator/health" }) {
			HttpResponse<String> answer = send("GET", path, null, Map.of());
			String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
			assertThat(csp).as(path).doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
		}
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		String analyst = this.data.accounts().analyst();
		HttpResponse<String> plain = send("GET", "/api/me", null, Map.of("Authorization", basic(analyst)));
		assertThat(plain.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
		// the test client connects from loopback, one of Tomcat's trusted internal
		// proxies
		HttpResponse<String> proxied = send("GET", "/api/me", null,
				Map.of("Authorization", basic(analyst), "X-Forwarded-Proto", "https"));
		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(proxied.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		// the page behind the proxy posts with its https origin (the proxy listens on
		// 443)
		String session = proxied.headers()
			.firstValue("Set-Cookie")
			.map((cookie) -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
			.orElseThrow();
		HttpResponse<String> logout = send("POST", "/api/session/logout", "",
				Map.of("Cookie", "JSESSIONID=" + session, "X-Forwarded-Proto", "https", "Origin", "https://localhost"));
		assertThat(logout.statusCode()).isEqualTo(204);
	}

	private String signIn(String user) throws Exception {
		HttpResponse<String> answer = send("GET", "/api/me", null, Map.of("Authorization", basic(user)));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.map((cookie) -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> me(String session) throws Exception {
		return send("GET", "/api/me", null, Map.of("Cookie", "JSESSIONID=" + session));
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + MemberAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
