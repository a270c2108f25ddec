package org.warmpath.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmpath.EmbeddedOnly;
import org.warmpath.WarmPathTest;
import org.warmpath.backup.GraphBackup;
import org.warmpath.embedded.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTTP: fuzzed requests over loopback to the shared {@link WarmPathTest} app on
 * its random port, so through the whole web stack (Tomcat and its error page, Spring
 * Security's firewall, the body-size filter, controllers, the problem handler, the shared
 * embedded database), as the admin (no rate limit; one HTTP Basic sign-in, then the
 * session cookie, so no bcrypt check per input). MockMvc was tried first and left: it
 * skips Tomcat, so what it answers to a malformed URL or header is not what a client
 * gets.
 *
 * <p>
 * Every answer is below 500, except a 503 {@code .../time-budget-exceeded}-style problem
 * from a path or analytics query (the documented time budget); every error is
 * {@code application/problem+json} without a stack trace or a Java class name (unless the
 * input itself carried that text, which problems may quote); and a rejected request (any
 * 4xx), a read ({@code GET}) in particular, commits no change to the graph: a listener on
 * the embedded database counts the committed transactions that changed anything, and in
 * regression mode a rejected import is also checked against the content hash of the whole
 * graph before and after.
 *
 * <p>
 * Inputs are bytes so that seeds stay readable: for {@link #csvImport} the first three
 * bytes pick the endpoint, the mode and the content type, the rest is the body; for
 * {@link #query} the first byte picks the endpoint and the rest, split on newlines, gives
 * its parameters in order (a line {@code \u0001} leaves one out). Seeds are in
 * {@code HttpFuzzTestsInputs/}.
 */
@EmbeddedOnly
@WarmPathTest
class HttpFuzzTests {

	private static final String[] IMPORTS = { "people", "connections", "mentoring", "linkedin" };

	private static final String[] MODES = { null, "strict", "tolerant", "TOLERANT", "" };

	private static final String[] TYPES = { "text/csv", "text/csv; charset=utf-8", "application/octet-stream",
			"text/plain", "application/json", "multipart/form-data; boundary=x", "text/csv; charset=\"", "" };

	/** Text that only a leaked stack trace or exception would put in an answer. */
	private static final List<String> LEAKS = List.of("\tat ", "Exception", "java.", "javax.", "jakarta.",
			"org.springframework", "org.neo4j", "org.warmpath", "org.apache", "com.fasterxml", "Caused by");

	private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null
			&& !System.getenv("JAZZER_FUZZ").isEmpty() && !System.getenv("JAZZER_FUZZ").equals("0");

	private static final AtomicLong WRITES = new AtomicLong();

	private static final TransactionEventListenerAdapter<Object> COUNTER = new TransactionEventListenerAdapter<>() {

		@Override
		public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
			if (data.createdNodes().iterator().hasNext() || data.deletedNodes().iterator().hasNext()
					|| data.createdRelationships().iterator().hasNext()
					|| data.deletedRelationships().iterator().hasNext()
					|| data.assignedNodeProperties().iterator().hasNext()
					|| data.removedNodeProperties().iterator().hasNext()
					|| data.assignedRelationshipProperties().iterator().hasNext()
					|| data.removedRelationshipProperties().iterator().hasNext()
					|| data.assignedLabels().iterator().hasNext() || data.removedLabels().iterator().hasNext()) {
				WRITES.incrementAndGet();
			}
		}

		@Override
		public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			return null;
		}

	};

	private static EmbeddedNeo4j registeredOn;

	private static HttpClient http;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	EmbeddedNeo4j embedded;

	@BeforeAll
	static void none() {
		// the listener is registered on the first input, once the context is injected
	}

	@AfterAll
	static void unregister() {
		http = null;
		if (registeredOn != null) {
			registeredOn.managementService().unregisterTransactionEventListener("neo4j", COUNTER);
			registeredOn = null;
		}
	}

	private void listen() throws Exception {
		if (http == null) {
			http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			HttpResponse<String> signIn = http
				.send(HttpRequest.newBuilder(url("/api/me", List.of()))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + WarmPathTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signIn.statusCode()).isEqualTo(200);
		}
		if (registeredOn == null) {
			this.embedded.managementService().registerTransactionEventListener("neo4j", COUNTER);
			registeredOn = this.embedded;
		}
	}

	@FuzzTest(maxDuration = "60s")
	void csvImport(byte[] input) throws Exception {
		listen();
		if (input.length < 3) {
			return;
		}
		String endpoint = IMPORTS[Byte.toUnsignedInt(input[0]) % IMPORTS.length];
		String mode = MODES[Byte.toUnsignedInt(input[1]) % (MODES.length + 1) % MODES.length];
		if (Byte.toUnsignedInt(input[1]) % (MODES.length + 1) == MODES.length) {
			mode = "x" + Byte.toUnsignedInt(input[1]);
		}
		String type = TYPES[Byte.toUnsignedInt(input[2]) % TYPES.length];
		byte[] body = Arrays.copyOfRange(input, 3, input.length);
		List<String> query = new ArrayList<>();
		if (mode != null) {
			query.add("mode=" + encode(mode));
		}
		if (endpoint.equals("linkedin")) {
			query.add("owner=" + (((input[0] & 0x80) != 0) ? "nobody-" + input[1] : "p001"));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/import/" + endpoint, query))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (!type.isEmpty()) {
			request.header("Content-Type", type);
		}
		long writesBefore = WRITES.get();
		String hashBefore = FUZZING ? null : hashAt(writesBefore);
		HttpResponse<String> response = perform(request, new String(input, StandardCharsets.ISO_8859_1));
		if (response.statusCode() >= 400) {
			assertThat(WRITES.get()).as("commits by a rejected import (%d)", response.statusCode())
				.isEqualTo(writesBefore);
			if (hashBefore != null) {
				lastHash = hash();
				assertThat(lastHash).as("graph after a rejected import").isEqualTo(hashBefore);
			}
		}
		else {
			assertThat(response.body()).contains("\"rejected\"");
		}
	}

	@FuzzTest(maxDuration = "60s")
	void query(byte[] input) throws Exception {
		listen();
		if (input.length < 1) {
			return;
		}
		int which = Byte.toUnsignedInt(input[0]);
		List<String> values = new ArrayList<>(
				Arrays.asList(new String(input, 1, input.length - 1, StandardCharsets.UTF_8).split("\n", -1)));
		List<String> query = new ArrayList<>();
		String path = switch (which % 9) {
			case 0 -> params("/api/paths", query, values, "from", "to", "mode", "k", "maxHops", "minStrength", "avoid",
					"engine");
			case 1 -> params("/api/people", query, values, "q", "specialty", "region", "grade", "openToMentoring",
					"page", "size");
			case 2 -> params("/api/mentors/recommendations", query, values, "for", "specialty", "region", "skills",
					"level", "limit");
			case 3 -> params("/api/people/" + encode(take(values)) + "/network", query, values, "depth", "limit");
			case 4 -> params("/api/analytics/reach", query, values, "from", "maxHops");
			case 5 -> "/api/people/" + encode(take(values));
			case 6 -> params("/api/people/" + encode(take(values)) + "/connections", query, values, "page", "size");
			case 7 -> "/api/people/" + encode(take(values)) + "/mutuals/" + encode(take(values));
			default -> params("/api/export", query, values, "format", "scope");
		};
		long writesBefore = WRITES.get();
		HttpResponse<String> response = perform(HttpRequest.newBuilder(url(path, query)).GET(),
				new String(input, StandardCharsets.UTF_8));
		if (response.statusCode() >= 400 || which % 9 != 4) {
			// reads never write (reach included; brokers may start a job, so it is not
			// fuzzed here)
			assertThat(WRITES.get()).as("commits by GET (%d)", response.statusCode()).isEqualTo(writesBefore);
		}
	}

	private static String take(List<String> values) {
		return values.isEmpty() ? "" : values.remove(0);
	}

	private static String params(String path, List<String> query, List<String> values, String... names) {
		for (int i = 0; i < names.length && i < values.size(); i++) {
			if (!values.get(i).equals("\u0001")) {
				query.add(names[i] + "=" + encode(values.get(i)));
			}
		}
		return path;
	}

	/** Percent-encodes everything but unreserved characters (so '/' too, as %2F). */
	private static String encode(String value) {
		StringBuilder s = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				s.append((char) c);
			}
			else {
				s.append('%').append(String.format("%02X", c));
			}
		}
		return s.toString();
	}

	private URI url(String path, List<String> query) {
		return URI
			.create("http://127.0.0.1:" + this.port + path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
	}

	/**
	 * Performs the request and checks what every answer must be: below 500 (a 503 only as
	 * a time-budget problem), and every error a problem without a leaked stack trace.
	 */
	private HttpResponse<String> perform(HttpRequest.Builder request, String input) throws Exception {
		HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		int status = response.statusCode();
		String body = response.body();
		if (status == 503) {
			assertThat(body).as("a 503 is the time budget").contains("time-budget");
		}
		else {
			assertThat(status).as("status, body %s", body).isLessThan(500);
		}
		if (status >= 400) {
			assertThat(response.headers().firstValue("Content-Type").orElse(null))
				.as("content type of a %d: %s", status, body)
				.startsWith("application/problem+json");
			for (String leak : LEAKS) {
				if (!input.toLowerCase(Locale.ROOT).contains(leak.toLowerCase(Locale.ROOT))) {
					assertThat(body).as("a %d answer", status).doesNotContain(leak);
				}
			}
		}
		return response;
	}

	private String hash() {
		return new GraphBackup(this.driver).summary().hash();
	}

	private static long hashedAt = -1;

	private static String lastHash;

	/**
	 * The content hash as of {@code writes} committed changes: computed again only when
	 * the listener saw a change since (a change it missed shows up as a different hash
	 * after a rejected import, so the shortcut cannot hide one).
	 */
	private String hashAt(long writes) {
		if (hashedAt != writes || lastHash == null) {
			lastHash = hash();
			hashedAt = writes;
		}
		return lastHash;
	}

}
