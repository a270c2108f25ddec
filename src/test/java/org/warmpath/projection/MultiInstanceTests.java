package org.warmpath.projection;

import org.warmpath.EmbeddedOnly;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathApplication;
import org.warmpath.WarmPathTest;
import org.warmpath.embedded.EmbeddedNeo4j;
import org.warmpath.ingest.Imports;
import org.warmpath.people.PersonWrites;
import org.warmpath.privacy.ProfileSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two app instances sharing one database, each with its own projection: the shared test
 * context (instance A, which owns the embedded database) and a second app (instance B)
 * started here against A's Bolt port exactly as a second server would be. B polls the
 * change feed only when a test says so, which makes "B has not seen it yet" and "B has
 * seen it" exact; A polls on its own schedule, as in production.
 */
@EmbeddedOnly
@WarmPathTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiInstanceTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Logger log = LoggerFactory.getLogger(MultiInstanceTests.class);

	@Autowired
	Imports imports;

	@Autowired
	EmbeddedNeo4j database;

	@Autowired
	Driver driver;

	@Autowired
	Projection projectionA;

	@Autowired
	ProfileSettings profilesA;

	@Autowired
	PersonWrites personWritesA;

	ConfigurableApplicationContext b;

	ChangeFeed feedB;

	HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void startSecondInstance() {
		// command-line arguments: they outrank application.yml, which sets an empty URI
		this.b = new SpringApplicationBuilder(WarmPathApplication.class).profiles("test")
			.run("--warmpath.neo4j.uri=" + this.database.boltUri(),
					"--warmpath.neo4j.password=" + this.database.credentials().password(), "--server.port=0",
					"--warmpath.demo.people=0", "--warmpath.projection.poll-interval=1h",
					"--warmpath.projection.prune-interval=1h");
		assertThat(this.b.getBeansOfType(EmbeddedNeo4j.class)).as("B opens no database of its own").isEmpty();
		this.feedB = this.b.getBean(ChangeFeed.class);
	}

	@AfterAll
	void stopSecondInstance() {
		if (this.b != null) {
			this.b.close();
		}
	}

	@Test
	void peopleAndTiesAddedThroughOneInstanceAreFoundThroughTheOther() throws Exception {
		TestGraphs g = new TestGraphs(this.imports).people("a", "x", "b");
		this.feedB.poll();
		assertThat(pathOnB(g.id("a"), g.id("b"))).isEmpty();

		g.ties("a-x:0.9", "x-b:0.8");
		assertThat(this.feedB.poll()).isPositive();

		assertThat(pathOnB(g.id("a"), g.id("b"))).containsExactly(g.id("a"), g.id("x"), g.id("b"));
	}

	@Test
	void consentWithdrawnOnOneInstanceIsHonouredByTheOtherInPlace() throws Exception {
		TestGraphs g = new TestGraphs(this.imports).people("a", "x", "b").ties("a-x:0.9", "x-b:0.9");
		this.feedB.poll();
		assertThat(pathOnB(g.id("a"), g.id("b"))).containsExactly(g.id("a"), g.id("x"), g.id("b"));
		long builtBefore = snapshotB().builtMillis();
		Projection.Snapshot before = snapshotB();

		this.profilesA.update(g.id("x"), Map.of("openToIntroductions", false), false);
		assertThat(pathOnB(g.id("a"), g.id("b"))).as("not polled yet").isNotEmpty();
		assertThat(this.feedB.poll()).isEqualTo(1);

		assertThat(pathOnB(g.id("a"), g.id("b"))).isEmpty();
		assertThat(snapshotB().graph()).as("applied in place, not by a rebuild").isSameAs(before.graph());
		assertThat(snapshotB().builtMillis()).isEqualTo(builtBefore);
	}

	@Test
	void aTieDeletedThroughTheSecondInstanceLeavesTheFirstInstancesPathsOnItsOwnSchedule() throws Exception {
		TestGraphs g = new TestGraphs(this.imports).people("a", "x", "b").ties("a-x:0.9", "x-b:0.9", "a-b:0.2");
		this.feedB.poll();
		assertThat(pathOnB(g.id("a"), g.id("b"))).containsExactly(g.id("a"), g.id("x"), g.id("b"));

		this.b.getBean(PersonWrites.class).deleteTie(g.id("x"), g.id("b"));
		assertThat(pathOnB(g.id("a"), g.id("b"))).as("B applies its own write at once")
			.containsExactly(g.id("a"), g.id("b"));

		// A follows B's write through its scheduled poll (every second by default)
		long written = System.nanoTime();
		long deadline = written + Duration.ofSeconds(20).toNanos();
		KnowsGraph graphA;
		do {
			Thread.sleep(100);
			graphA = this.projectionA.snapshot().graph();
		}
		while (graphA.strength(graphA.indexOf(g.id("x")), graphA.indexOf(g.id("b"))) > 0
				&& System.nanoTime() < deadline);
		assertThat(graphA.strength(graphA.indexOf(g.id("x")), graphA.indexOf(g.id("b")))).isZero();
		log.info("Instance A followed instance B's tie deletion after {} ms (poll interval 1 s)",
				(System.nanoTime() - written) / 1_000_000);
		assertThat(graphA.strength(graphA.indexOf(g.id("a")), graphA.indexOf(g.id("x")))).isCloseTo(0.9, within(1e-6));
	}

	@Test
	void aPersonDeletedOnOneInstanceIsNoLongerAnIntermediaryOnTheOtherAndTheFeedDoesNotNameThem() throws Exception {
		TestGraphs g = new TestGraphs(this.imports).people("a", "x", "b").ties("a-x:0.9", "x-b:0.9");
		String headline = "Erased " + g.id("x");
		this.profilesA.update(g.id("x"), Map.of("headline", headline), false);
		this.feedB.poll();
		assertThat(pathOnB(g.id("a"), g.id("b"))).containsExactly(g.id("a"), g.id("x"), g.id("b"));

		this.personWritesA.delete(g.id("x"));
		assertThat(this.feedB.poll()).isEqualTo(1);

		assertThat(pathOnB(g.id("a"), g.id("b"))).isEmpty();
		assertThat(
				this.driver.executableQuery("MATCH (c:__WarmPathChange) WHERE $id IN [c.a, c.b] RETURN count(c) AS n")
					.withParameters(Map.of("id", g.id("x")))
					.execute()
					.records()
					.get(0)
					.get("n")
					.asLong())
			.isZero();
		assertThat(this.driver
			.executableQuery("MATCH (c:__WarmPathChange) WHERE c.card CONTAINS $headline RETURN count(c) AS n")
			.withParameters(Map.of("headline", headline))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong()).as("the cards the entries carried go with them").isZero();
	}

	@Test
	void anInstanceThatMissedPrunedEntriesRebuildsFromScratch() throws Exception {
		TestGraphs g = new TestGraphs(this.imports).people("a", "x", "b");
		this.feedB.poll();
		long seen = this.feedB.applied();
		g.ties("a-x:0.9");
		// the entries B has not read yet are pruned, then one more write arrives
		this.driver.executableQuery("MATCH (c:__WarmPathChange) WHERE c.seq > $seen DETACH DELETE c")
			.withParameters(Map.of("seen", seen))
			.execute();
		g.ties("x-b:0.9");

		this.feedB.poll();

		assertThat(pathOnB(g.id("a"), g.id("b"))).containsExactly(g.id("a"), g.id("x"), g.id("b"));
	}

	@Test
	void tieOnlyWritesElsewhereKeepCachesOfPeoplesAttributesAndPeopleWritesDoNot() {
		TestGraphs g = new TestGraphs(this.imports).people("a", "b");
		this.feedB.poll();
		List<GraphChanged> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<GraphChanged>> listener = org.springframework.context.ApplicationListener
			.forPayload(seen::add);
		this.b.addApplicationListener(listener);
		try {
			g.ties("a-b:0.5");
			this.feedB.poll();
			assertThat(seen).hasSize(1);
			assertThat(seen.get(0).tiesOnly()).as("a tie import on A").isTrue();

			g.people("c");
			this.feedB.poll();
			assertThat(seen).hasSize(2);
			assertThat(seen.get(1).tiesOnly()).as("a people import on A").isFalse();
		}
		finally {
			this.b.removeApplicationListener(listener);
		}
	}

	@Test
	void cardsAndTieDetailsWrittenOnOneInstanceShowOnTheOtherWithoutARebuild() throws Exception {
		TestGraphs g = new TestGraphs(this.imports).people("a", "x", "b").ties("a-x:0.9", "x-b:0.9");
		this.feedB.poll();
		Projection projectionB = this.b.getBean(Projection.class);
		long rebuildsB = projectionB.rebuilds();

		this.profilesA.update(g.id("x"), Map.of("headline", "Seen elsewhere"), false);
		this.personWritesA.saveTie(g.id("a"), g.id("x"),
				new org.warmpath.people.TieInput(0.95, "shared rota", java.time.LocalDate.of(2022, 5, 6)));
		String n = "multi-" + java.util.UUID.randomUUID();
		this.personWritesA.save(n, JSON.convertValue(Map.of("name", "Dr Elsewhere", "openToIntroductions", true),
				org.warmpath.people.PersonInput.class), true);
		this.personWritesA.saveTie(g.id("a"), n, new org.warmpath.people.TieInput(0.5, "clinic", null));
		assertThat(
				getOnB("/api/people/" + g.id("a") + "/mutuals/" + g.id("b")).at("/mutuals/0/person/headline").asText())
			.as("not polled yet")
			.isNotEqualTo("Seen elsewhere");
		assertThat(this.feedB.poll()).isEqualTo(4);

		assertThat(
				getOnB("/api/people/" + g.id("a") + "/mutuals/" + g.id("b")).at("/mutuals/0/person/headline").asText())
			.isEqualTo("Seen elsewhere");
		JsonNode path = getOnB("/api/paths?k=1&from=" + g.id("a") + "&to=" + g.id("b")).at("/paths/0/steps/0");
		assertThat(path.get("context").asText()).isEqualTo("shared rota");
		assertThat(path.get("since").asText()).isEqualTo("2022-05-06");
		JsonNode path2 = getOnB("/api/paths?k=1&from=" + g.id("a") + "&to=" + n).at("/paths/0/steps/0");
		assertThat(path2.at("/to/name").asText()).isEqualTo("Dr Elsewhere");
		assertThat(path2.get("context").asText()).isEqualTo("clinic");
		assertThat(projectionB.rebuilds()).as("applied in place on B").isEqualTo(rebuildsB);
	}

	@Test
	void eachInstanceSkipsItsOwnEntries() {
		new TestGraphs(this.b.getBean(Imports.class)).people("a", "b").ties("a-b:0.5");
		assertThat(this.feedB.poll()).isZero();
	}

	private Projection.Snapshot snapshotB() {
		return this.b.getBean(Projection.class).snapshot();
	}

	/** An admin's GET of instance B over HTTP, as JSON. */
	private JsonNode getOnB(String pathAndQuery) throws Exception {
		String port = this.b.getEnvironment().getProperty("local.server.port");
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + WarmPathTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
				.header("Authorization", "Basic " + basic)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * The people on the warmest path from one to the other, asked of instance B over
	 * HTTP.
	 */
	private List<String> pathOnB(String from, String to) throws Exception {
		String port = this.b.getEnvironment().getProperty("local.server.port");
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + WarmPathTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/paths?from=" + from + "&to=" + to + "&k=1"))
			.header("Authorization", "Basic " + basic)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode paths = JSON.readTree(response.body()).get("paths");
		List<String> people = new ArrayList<>();
		if (!paths.isEmpty()) {
			paths.get(0).get("people").forEach(p -> people.add(p.asText()));
		}
		return people;
	}

}
