package org.warmpath.reliability;

import org.warmpath.EmbeddedOnly;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpath.WarmPathTest;
import org.warmpath.embedded.DatabaseAvailability;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.projection.Projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app in external mode ({@code warmpath.neo4j.uri} set) against a Neo4j 5.26 server
 * the test owns: an embedded DBMS with Bolt on a loopback port, started here, reached
 * through {@link BoltProxy} so the test can cut a connection mid-query. Its own Spring
 * context (it needs different settings), a 100-person demo network, and a dense cluster
 * for the bounded-work checks, so the shared test database is not touched.
 *
 * <p>
 * Order matters: a read retried after a dropped connection, then bounded work on the
 * dense cluster, then the outage (server stopped, 503s, health DOWN, server restarted on
 * the same port and folder, the app recovers by itself). Figures go to the log
 * ({@code FIGURE ...} lines) and docs/reliability.md.
 */
@EmbeddedOnly
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "warmpath.demo.people=100", "warmpath.paths.cypher-timeout=2s" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalServerFaultTests {

	private static final Logger log = LoggerFactory.getLogger(ExternalServerFaultTests.class);

	/** People in the dense cluster: every pair knows each other. */
	static final int CLUSTER = 300;

	static final String P = "xf" + UUID.randomUUID().toString().substring(0, 8) + "-";

	static final Path DATA = Path.of("target/test-neo4j/external-" + UUID.randomUUID());

	static EmbeddedNeo4j server;

	static int serverPort;

	static BoltProxy proxy;

	@DynamicPropertySource
	static void externalServer(DynamicPropertyRegistry registry) throws IOException {
		server = EmbeddedNeo4j.start(DATA, 0, Duration.ofSeconds(30), "64m");
		serverPort = Integer.parseInt(server.boltUri().substring(server.boltUri().lastIndexOf(':') + 1));
		proxy = new BoltProxy(serverPort);
		registry.add("warmpath.neo4j.uri", () -> "bolt://127.0.0.1:" + proxy.port());
		registry.add("warmpath.neo4j.password", () -> server.credentials().password());
	}

	@AfterAll
	static void stopServer() throws IOException {
		if (proxy != null) {
			proxy.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	Projection projection;

	@Autowired
	DatabaseAvailability availability;

	final ObjectMapper json = new ObjectMapper();

	HttpClient http;

	@BeforeEach
	void client() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	@Test
	@Order(1)
	void aReadCutMidQueryIsRetriedOnANewConnection() throws Exception {
		String id = P + "reader";
		assertThat(send("PUT", "/api/people/" + id, "{\"name\": \"Retried Reader\", \"grade\": \"consultant\"}")
			.statusCode()).isBetween(200, 299);

		// Without a retry (auto-commit query on its own driver) the cut is an error...
		try (Driver plain = GraphDatabase.driver("bolt://127.0.0.1:" + proxy.port(), server.authToken(),
				Config.builder().withMaxTransactionRetryTime(0, java.util.concurrent.TimeUnit.MILLISECONDS).build());
				Session session = plain.session()) {
			proxy.cutOnce(id);
			assertThatThrownBy(() -> session.run("MATCH (p:Person {id: $id}) RETURN p.name", Map.of("id", id)).list())
				.isInstanceOfAny(ServiceUnavailableException.class, SessionExpiredException.class);
		}
		assertThat(proxy.cuts()).isEqualTo(1);

		// ... through the app, the driver's read retry (executableQuery) runs it again on
		// a
		// new connection and the request succeeds.
		int acceptedBefore = proxy.accepted();
		proxy.cutOnce(id);
		HttpResponse<String> read = send("GET", "/api/people/" + id, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(read.body()).get("name").asText()).isEqualTo("Retried Reader");
		assertThat(proxy.cuts()).isEqualTo(2);
		assertThat(proxy.accepted()).isGreaterThanOrEqualTo(acceptedBefore);
	}

	@Test
	@Order(2)
	void pathQueriesWithTheLargestBoundsOnADenseClusterFinishOrAnswerAClearProblem() throws Exception {
		// a complete graph: every loopless path of up to 6 hops between two members is
		// an alternative (about 300^5 of them)
		this.driver.executableQuery("""
				UNWIND range(0, $n - 1) AS i
				CREATE (:Person {id: $p + 'd' + i, name: 'Dense ' + i, openToIntroductions: true})
				""").withParameters(Map.of("n", CLUSTER, "p", P)).execute();
		this.driver.executableQuery("""
				UNWIND range(0, $n - 1) AS i
				MATCH (a:Person {id: $p + 'd' + i})
				UNWIND range(i + 1, $n - 1) AS j
				MATCH (b:Person {id: $p + 'd' + j})
				CREATE (a)-[:KNOWS {strength: 0.3 + 0.7 * ((i * 31 + j * 17) % 97) / 97.0, context: 'dense'}]->(b)
				""").withParameters(Map.of("n", CLUSTER, "p", P)).execute();
		this.projection.rebuildNow();

		// the embedded server shares this JVM's heap: its peak shows what the queries
		// cost
		List<java.lang.management.MemoryPoolMXBean> heap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.toList();
		System.gc();
		heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
		String from = P + "d0";
		String to = P + (CLUSTER - 1 == 0 ? "d1" : "d" + (CLUSTER - 1));
		for (String engine : List.of("graph", "cypher")) {
			for (String mode : List.of("warmest", "fewest")) {
				List<Double> ms = new ArrayList<>();
				List<Integer> statuses = new ArrayList<>();
				for (int run = 0; run < 3; run++) {
					long t0 = System.nanoTime();
					HttpResponse<String> r = send("GET", "/api/paths?from=" + from + "&to=" + to
							+ "&maxHops=6&k=10&mode=" + mode + "&engine=" + engine, null);
					double took = (System.nanoTime() - t0) / 1e6;
					ms.add(took);
					statuses.add(r.statusCode());
					// never unbounded: well within the budget plus explanation time
					assertThat(took).as("%s %s answers within 15 s", engine, mode).isLessThan(15_000);
					if (r.statusCode() == 200) {
						JsonNode answer = this.json.readTree(r.body());
						assertThat(answer.get("paths").size()).isEqualTo(10);
						assertThat(answer.get("paths").get(0).get("hops").asInt()).isBetween(1, 6);
					}
					else {
						assertThat(r.statusCode()).as(r.body()).isIn(503, 422);
						assertThat(r.headers().firstValue("Content-Type").orElse(""))
							.startsWith("application/problem+json");
						JsonNode problem = this.json.readTree(r.body());
						assertThat(problem.get("type").asText())
							.isEqualTo("https://warmpath.org/problems/search-time-budget-exceeded");
						assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
					}
				}
				log.info("FIGURE dense K{} maxHops=6 k=10 engine={} mode={}: statuses {} median {} ms (runs {})",
						CLUSTER, engine, mode, statuses, median(ms), ms);
			}
		}
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		log.info("FIGURE dense: peak heap (sum of pool peaks, app and server) {} MiB of {} MiB max", peak >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
		assertThat(peak).isLessThan(Runtime.getRuntime().maxMemory());
	}

	@Test
	@Order(3)
	void whileTheServerIsDownRequestsAnswer503FastHealthIsDownAndTheAppRecoversByItself() throws Exception {
		String id = P + "outage";
		assertThat(send("PUT", "/api/people/" + id, "{\"name\": \"Outage Person\"}").statusCode()).isBetween(200, 299);
		assertThat(send("GET", "/api/people/" + id, null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

		server.close();
		server = null;

		boolean guardClosed = this.availability.available();
		// The first query to meet the outage pays the driver's retries (max-retry-time 2
		// s,
		// back-off 1 s then 2 s) unless a request already reported the outage.
		long c0 = System.nanoTime();
		assertThatThrownBy(() -> this.driver.executableQuery("RETURN 1").execute())
			.isInstanceOf(ServiceUnavailableException.class);
		double coldMs = (System.nanoTime() - c0) / 1e6;
		assertThat(coldMs).isLessThan(10_000);
		log.info("FIGURE outage: first driver query failed after {} ms (driver retries; guard closed before: {})",
				coldMs, guardClosed);

		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			String path = (i % 2 == 0) ? "/api/people/" + id : "/api/paths?from=" + id + "&to=" + P + "reader";
			long t0 = System.nanoTime();
			HttpResponse<String> r = send("GET", path, null);
			double took = (System.nanoTime() - t0) / 1e6;
			ms.add(took);
			assertThat(took).as("503 within 10 s").isLessThan(10_000);
			assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(r.headers().firstValue("Retry-After")).isPresent();
			JsonNode problem = this.json.readTree(r.body());
			assertThat(problem.get("type").asText()).isEqualTo("https://warmpath.org/problems/database-unavailable");
			assertThat(problem.get("title").asText()).isEqualTo("Database unavailable");
			assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("bolt://");
		}
		// a write, and a sign-in with the password (the account cannot be read)
		HttpResponse<String> write = send("PUT", "/api/people/" + id, "{\"name\": \"Renamed\"}");
		assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
		HttpResponse<String> fresh = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/people/" + id)).header("Authorization", basic()).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(503);

		long h0 = System.nanoTime();
		HttpResponse<String> health = get("/actuator/health");
		double healthMs = (System.nanoTime() - h0) / 1e6;
		assertThat(health.statusCode()).isEqualTo(503);
		JsonNode h = this.json.readTree(health.body());
		assertThat(h.get("status").asText()).isEqualTo("DOWN");
		assertThat(h.at("/components/neo4j/status").asText()).as(health.body()).isEqualTo("DOWN");
		log.info("FIGURE outage: 503 times {} ms, first {} ms, median of the rest {} ms; health DOWN in {} ms", ms,
				ms.get(0), median(ms.subList(1, ms.size())), healthMs);

		// the server comes back on the same port and folder
		long r0 = System.nanoTime();
		server = EmbeddedNeo4j.start(DATA, serverPort, Duration.ofSeconds(30), "64m");
		double startMs = (System.nanoTime() - r0) / 1e6;
		long back = System.nanoTime();
		HttpResponse<String> again;
		int polls = 0;
		do {
			Thread.sleep(50);
			again = send("GET", "/api/people/" + id, null);
			polls++;
		}
		while (again.statusCode() != 200 && System.nanoTime() - back < 20_000_000_000L);
		double recoveredMs = (System.nanoTime() - back) / 1e6;
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).get("name").asText()).isEqualTo("Outage Person");
		HttpResponse<String> healthAgain = get("/actuator/health");
		assertThat(healthAgain.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(healthAgain.body()).at("/components/neo4j/status").asText()).isEqualTo("UP");
		assertThat(send("GET", "/api/paths?from=" + id + "&to=" + P + "reader", null).statusCode()).isEqualTo(200);
		assertThat(send("PUT", "/api/people/" + id, "{\"name\": \"Outage Person\", \"grade\": \"consultant\"}")
			.statusCode()).isBetween(200, 299);
		log.info("FIGURE recovery: server restart took {} ms; first 200 {} ms after it was up ({} polls of 50 ms)",
				startMs, recoveredMs, polls);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in once (HTTP Basic) and keeps the session cookie, as the UI does. */
	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic());
		if (body != null) {
			b.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		else {
			b.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + WarmPathTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	static double median(List<Double> xs) {
		List<Double> s = new ArrayList<>(xs);
		s.sort(null);
		int n = s.size();
		double m = (n % 2 == 1) ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
		return Math.round(m * 10) / 10.0;
	}

}
