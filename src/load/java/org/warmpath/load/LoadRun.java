package org.warmpath.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.warmpath.embedded.EmbeddedCredentials;
import org.neo4j.driver.Session;
import org.warmpath.projection.ProjectionDigest;

/**
 * Everything around the Gatling scenario: starts the app as its own process on a data
 * folder that reruns reuse (the first start imports the demo network), reads the network
 * for the scenario's questions, samples the app's RSS and heap every 10 s, counts answers
 * per operation and status, and at the end checks that the projection holds the same
 * people and ties as Neo4j (counts and {@link ProjectionDigest}) after the load stopped
 * and the projection caught up. Writes {@code target/load/run.json} for
 * {@link LoadReport}.
 *
 * <p>
 * Signs in as a script would: HTTP Basic only to wait for the app and to create one
 * personal access token ({@code POST /api/me/tokens}); every later request, the
 * scenario's included, carries {@code Authorization: Bearer <token>} (a SHA-256 lookup,
 * no bcrypt, no session). The token is revoked when the run ends and expires after a day
 * anyway.
 *
 * <p>
 * Settings (system properties): {@code load.people} (100000), {@code load.data}
 * ({@code /tmp/warmpath-load-<people>}), {@code load.clients} (64), {@code load.warmup}
 * (20 s), {@code load.seconds} (30; the long run is 600), {@code load.port} (18080),
 * {@code load.bolt-port} (17687), {@code load.app-heap} (2g), {@code load.app-args}
 * (extra JVM options for the app, space-separated, e.g. a flight recording),
 * {@code load.out} ({@code target/load}).
 */
final class LoadRun {

	static final String ADMIN = "admin";

	/** Used when the data folder is first created, and every time after. */
	static final String PASSWORD = "warmpath-load-admin";

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	final int people = Integer.getInteger("load.people", 100_000);

	final Path data = Path.of(System.getProperty("load.data", "/tmp/warmpath-load-" + this.people));

	final int clients = Integer.getInteger("load.clients", 64);

	final int warmup = Integer.getInteger("load.warmup", 20);

	final int seconds = Integer.getInteger("load.seconds", 30);

	final int port = Integer.getInteger("load.port", 18080);

	final int boltPort = Integer.getInteger("load.bolt-port", 17687);

	final String appHeap = System.getProperty("load.app-heap", "2g");

	// the Gatling plugin hands a value with spaces to its forked JVM in double quotes,
	// which arrive as part of the value
	final String appArgs = System.getProperty("load.app-args", "").replace("\"", "").strip();

	final Path out = Path.of(System.getProperty("load.out", "target/load"));

	final String base = "http://127.0.0.1:" + this.port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();

	private final List<Map<String, Object>> samples = new ArrayList<>();

	private final Map<String, Object> result = new LinkedHashMap<>();

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

	private Process app;

	private long started;

	/** Wall-clock nanos at which the warm-up ends and the measured phase starts. */
	volatile long measureFrom;

	/** Wall-clock nanos at which the measured phase ends. */
	volatile long measureUntil;

	Network network;

	/** The personal access token of this run, once {@link #start()} created it. */
	private volatile String token;

	private volatile String tokenId;

	void start() throws Exception {
		Files.createDirectories(this.out);
		boolean fresh = !Files.isDirectory(this.data);
		String classpath = Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator
				+ Files.readString(this.out.resolve("app.classpath")).strip();
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// the whole heap committed and touched at start: RSS growth then shows
				// anything beyond the heap, not G1 growing towards -Xmx
				"-Xms" + this.appHeap, "-Xmx" + this.appHeap, "-XX:+AlwaysPreTouch"));
		if (!this.appArgs.isEmpty()) {
			cmd.addAll(List.of(this.appArgs.split("\\s+")));
		}
		cmd.addAll(List.of("-cp", classpath, "org.warmpath.WarmPathApplication"));
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
			.redirectOutput(this.out.resolve("app.log").toFile());
		Map<String, String> env = pb.environment();
		env.put("WARMPATH_DATA_DIR", this.data.toString());
		env.put("WARMPATH_DEMO_PEOPLE", Integer.toString(this.people));
		env.put("WARMPATH_ADMIN_PASSWORD", PASSWORD);
		env.put("WARMPATH_BOLT_PORT", Integer.toString(this.boltPort));
		env.put("PORT", Integer.toString(this.port));
		long t0 = System.nanoTime();
		this.app = pb.start();
		Process started = this.app;
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
		System.out.printf("[load] app pid %d starting on %s, data %s (%s)%n", this.app.pid(), this.base, this.data,
				fresh ? "new: the demo network is generated and imported first" : "reused");
		waitForHealth(Duration.ofMinutes(20));
		double startS = (System.nanoTime() - t0) / 1e9;
		System.out.printf("[load] app up in %.0f s%n", startS);
		this.result.put("appStartSeconds", startS);
		this.result.put("dataFolderFresh", fresh);
		createToken();
		try (Driver driver = bolt()) {
			long r0 = System.nanoTime();
			this.network = Network.read(driver, this.clients, 4);
			System.out.printf("[load] network read in %.1f s: %s%n", (System.nanoTime() - r0) / 1e9, this.network);
		}
		withdrawLeftovers();
		this.result.put("settings",
				Map.of("people", this.people, "clients", this.clients, "warmupSeconds", this.warmup, "measuredSeconds",
						this.seconds, "appHeap", this.appHeap, "data", this.data.toString(), "appPid", this.app.pid()));
		this.result.put("cores", Runtime.getRuntime().availableProcessors());
		this.result.put("loadAverageBefore", Files.readString(Path.of("/proc/loadavg")).strip());
		this.started = System.nanoTime();
		this.measureFrom = this.started + this.warmup * 1_000_000_000L;
		this.measureUntil = this.measureFrom + this.seconds * 1_000_000_000L;
		this.result.put("startedAt", Instant.now().toString());
		this.sampler.scheduleAtFixedRate(this::sample, 0, 10, TimeUnit.SECONDS);
	}

	boolean warmingUp() {
		return System.nanoTime() < this.measureFrom;
	}

	boolean running() {
		return System.nanoTime() < this.measureUntil;
	}

	/** Counts one answer; called from the scenario's status checks. */
	void count(String operation, int status) {
		this.statuses.computeIfAbsent(operation + " " + status, k -> new LongAdder()).increment();
	}

	void finish() throws Exception {
		this.result.put("endedAt", Instant.now().toString());
		this.sampler.shutdown();
		this.sampler.awaitTermination(15, TimeUnit.SECONDS);
		sample();
		this.result.put("loadAverageAfter", Files.readString(Path.of("/proc/loadavg")).strip());
		Map<String, Long> counted = new java.util.TreeMap<>();
		this.statuses.forEach((k, v) -> counted.put(k, v.sum()));
		this.result.put("statuses", counted);
		try {
			this.result.put("consistency", consistency());
		}
		finally {
			this.result.put("samples", this.samples);
			Files.writeString(this.out.resolve("run.json"), JSON.writeValueAsString(this.result));
			revokeToken();
			stopApp();
		}
	}

	/**
	 * After the load: waits until the projection covers every write, then compares it
	 * with Neo4j (read over Bolt by this process, not through the app).
	 */
	private Map<String, Object> consistency() throws Exception {
		Map<String, Object> c = new LinkedHashMap<>();
		long t0 = System.nanoTime();
		JsonNode state = null;
		while (System.nanoTime() - t0 < 120_000_000_000L) {
			state = JSON.readTree(get("/actuator/projection"));
			if (state.path("current").asBoolean()) {
				break;
			}
			Thread.sleep(500);
		}
		c.put("caughtUpSeconds", (System.nanoTime() - t0) / 1e9);
		try (Driver driver = bolt(); Session session = driver.session()) {
			long people = session.run("MATCH (p:Person) RETURN count(p) AS n").single().get("n").asLong();
			long ties = session.run("MATCH (:Person)-[k:KNOWS]->(:Person) RETURN count(k) AS n")
				.single()
				.get("n")
				.asLong();
			long t1 = System.nanoTime();
			ProjectionDigest neo = ProjectionDigest.ofNeo4j(driver);
			c.put("neo4jDigestSeconds", (System.nanoTime() - t1) / 1e9);
			JsonNode after = JSON.readTree(get("/actuator/projection"));
			c.put("cypherCounts", Map.of("people", people, "knowsRelationships", ties));
			c.put("neo4j", neo);
			c.put("projection", JSON.convertValue(after, Map.class));
			boolean same = after.path("current").asBoolean() && after.path("people").asLong() == neo.people()
					&& after.path("ties").asLong() == neo.ties() && after.path("digest").asText().equals(neo.digest());
			c.put("consistent", same);
			System.out.printf("[load] consistency: Neo4j %s; projection %s -> %s%n", neo, after,
					same ? "CONSISTENT" : "MISMATCH");
		}
		return c;
	}

	private void sample() {
		try {
			Map<String, Object> s = new LinkedHashMap<>();
			long now = System.nanoTime();
			s.put("t", Math.round((now - this.started) / 1e9));
			s.put("phase", (now < this.measureFrom) ? "warm-up" : (now < this.measureUntil) ? "measured" : "after");
			s.put("rssMiB", rssMiB());
			double[] cpu = cpuSeconds();
			s.put("appCpuS", cpu[0]);
			s.put("jitCpuS", cpu[1]);
			s.put("heapUsedMiB", metric("jvm.memory.used?tag=area:heap") / 1048576.0);
			s.put("heapCommittedMiB", metric("jvm.memory.committed?tag=area:heap") / 1048576.0);
			s.put("liveDataAfterGcMiB", metric("jvm.gc.live.data.size") / 1048576.0);
			s.put("threads", metric("jvm.threads.live"));
			s.put("loadAverage1m", Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
			synchronized (this.samples) {
				this.samples.add(s);
			}
			System.out.println("[load] sample " + s);
		}
		catch (Exception ex) {
			System.out.println("[load] sample failed: " + ex);
		}
	}

	/**
	 * The app's CPU seconds so far, all threads and its JIT compiler threads apart (from
	 * {@code /proc}: user + system ticks, 100 per second): a window's JIT share says
	 * whether it measured compiled code or the compiler.
	 */
	private double[] cpuSeconds() throws IOException {
		double all = ticks(Path.of("/proc/" + this.app.pid() + "/stat"));
		double jit = 0;
		try (var tasks = Files.list(Path.of("/proc/" + this.app.pid() + "/task"))) {
			for (Path task : tasks.toList()) {
				try {
					if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
						jit += ticks(task.resolve("stat"));
					}
				}
				catch (IOException gone) {
					// the thread ended between the listing and the read
				}
			}
		}
		return new double[] { all / 100.0, jit / 100.0 };
	}

	/**
	 * utime + stime of a {@code /proc} stat line (fields 14 and 15, after the command).
	 */
	private static double ticks(Path stat) throws IOException {
		String line = Files.readString(stat);
		String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return Double.parseDouble(f[11]) + Double.parseDouble(f[12]);
	}

	private double rssMiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + this.app.pid() + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
			}
		}
		return Double.NaN;
	}

	private double metric(String name) throws Exception {
		JsonNode m = JSON.readTree(get("/actuator/metrics/" + name));
		return m.path("measurements").path(0).path("value").asDouble(Double.NaN);
	}

	String get(String path) throws Exception {
		HttpRequest req = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", bearer())
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		HttpResponse<String> r = this.http.send(req, HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	/** Only for waiting for the app and for creating the token. */
	static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** The header every request of the run carries, the scenario's included. */
	String bearer() {
		if (this.token == null) {
			throw new IllegalStateException("no access token yet: start() creates it");
		}
		return "Bearer " + this.token;
	}

	/**
	 * Creates the run's personal access token with the admin's password, the one request
	 * of the run that sends it after start-up.
	 */
	private void createToken() throws Exception {
		String body = JSON.writeValueAsString(Map.of("name", "load test " + Instant.now(), "expiresInDays", 1));
		HttpRequest req = HttpRequest.newBuilder(URI.create(this.base + "/api/me/tokens"))
			.header("Authorization", basic())
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> r = this.http.send(req, HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 201) {
			throw new IllegalStateException("POST /api/me/tokens answered " + r.statusCode() + ": " + r.body());
		}
		JsonNode created = JSON.readTree(r.body());
		this.tokenId = created.path("id").asText();
		this.token = created.path("token").asText();
	}

	/** Revokes the run's token (best effort: it expires after a day anyway). */
	private void revokeToken() {
		if (this.tokenId == null || this.app == null || !this.app.isAlive()) {
			return;
		}
		try {
			this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/me/tokens/" + this.tokenId))
				.header("Authorization", bearer())
				.timeout(Duration.ofSeconds(10))
				.DELETE()
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException | InterruptedException ex) {
			System.out.println("[load] could not revoke the run's access token: " + ex);
		}
	}

	/**
	 * A run stopped between a request and its withdrawal leaves a pending request;
	 * withdraw those of earlier load runs so that a rerun starts with every quota free.
	 */
	private void withdrawLeftovers() throws Exception {
		JsonNode pending = JSON.readTree(get("/api/introductions?status=REQUESTED"));
		int n = 0;
		for (JsonNode i : pending) {
			if ("load test".equals(i.path("goal").asText())) {
				HttpRequest req = HttpRequest
					.newBuilder(URI.create(this.base + "/api/introductions/" + i.path("id").asText() + "/withdraw"))
					.header("Authorization", bearer())
					.POST(HttpRequest.BodyPublishers.noBody())
					.build();
				this.http.send(req, HttpResponse.BodyHandlers.discarding());
				n++;
			}
		}
		if (n > 0) {
			System.out.println("[load] withdrew " + n + " requests left pending by an earlier run");
		}
	}

	private void waitForHealth(Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.app.isAlive()) {
				throw new IllegalStateException(
						"the app exited with " + this.app.exitValue() + "; see " + this.out.resolve("app.log"));
			}
			try {
				HttpResponse<String> r = this.http.send(
						HttpRequest.newBuilder(URI.create(this.base + "/actuator/health")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
					// the demo import runs after Tomcat starts: wait for the admin's
					// queries
					// to see people
					HttpResponse<String> p = this.http
						.send(HttpRequest.newBuilder(URI.create(this.base + "/api/people?size=1"))
							.header("Authorization", basic())
							.GET()
							.build(), HttpResponse.BodyHandlers.ofString());
					if (p.statusCode() == 401) {
						throw new IllegalStateException("admin password refused: " + this.data
								+ " was created by another run; delete it or pass -Dload.data=...");
					}
					if (p.statusCode() == 200 && demoLoaded()) {
						return;
					}
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(2000);
		}
		throw new IllegalStateException("the app did not come up within " + limit);
	}

	private boolean demoLoaded() throws IOException {
		String log = Files.readString(this.out.resolve("app.log"));
		// start-up runners: demo import (order 10), projection (20), mentor catalogue
		// (30)
		return log.contains("Projection built") && log.contains("Mentor catalogue:");
	}

	private Driver bolt() {
		String uri = "bolt://127.0.0.1:" + this.boltPort;
		return GraphDatabase.driver(uri, EmbeddedCredentials.forClient(uri, "neo4j", "", this.data));
	}

	private void stopApp() throws InterruptedException {
		if (this.app != null && this.app.isAlive()) {
			this.app.destroy();
			if (!this.app.waitFor(60, TimeUnit.SECONDS)) {
				this.app.destroyForcibly();
			}
		}
	}

}
