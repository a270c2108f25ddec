package org.warmpath.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

import org.warmpath.WarmPathApplication;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportProgress;
import org.warmpath.ingest.Imports;
import org.warmpath.ingest.TieSource;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.projection.Projection;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A tie write unloaded, over HTTP (issue 13's target: p50 &lt;= 5 ms at 100k people):
 * boots the app in-process on a generated demo network (DemoNetworkGenerator, seed 42),
 * then one client on a kept-alive connection sends {@code PUT
 * /api/people/{a}/connections/{b}} one after another, alternately a new tie between two
 * random people and a re-rate of a tie of the demo network, after untimed warm-up writes;
 * prints p50/p90/max and how many times the projection was re-read from Neo4j during the
 * timed writes.
 *
 * <p>
 * {@code ./mvnw -q -Pbench process-test-classes -Dbench.main=org.warmpath.bench.TieWriteBenchmark -Dbench.args="100000 50"}
 * (arguments: people, timed writes).
 */
public final class TieWriteBenchmark {

	private TieWriteBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int writes = (args.length > 1) ? Integer.parseInt(args[1]) : 50;
		Path work = Files.createTempDirectory("warmpath-tiewrite-");
		new DemoNetworkGenerator().generate(size, 42, work.resolve("csv"));
		String password = "bench-" + Long.toHexString(new Random().nextLong());
		ConfigurableApplicationContext ctx = new SpringApplicationBuilder(WarmPathApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--warmpath.neo4j.data-dir=" + work.resolve("db"), "--warmpath.neo4j.bolt-port=0",
					"--warmpath.demo.people=0", "--warmpath.security.admin-password=" + password,
					"--warmpath.neo4j.page-cache=512m", "--warmpath.neo4j.transaction-timeout=10m",
					"--logging.level.root=WARN", "--logging.level.org.warmpath=WARN", "--spring.main.banner-mode=off");
		try {
			int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
			Imports imports = ctx.getBean(Imports.class);
			Path csv = work.resolve("csv");
			imports.importPeople(csv.resolve(DemoNetworkGenerator.PEOPLE_FILE), ImportMode.STRICT, ImportProgress.NONE);
			imports.importConnections(csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE), ImportMode.STRICT,
					TieSource.DEMO, ImportProgress.NONE);
			Projection projection = ctx.getBean(Projection.class);
			projection.rebuildNow();
			String[] existing = Files.readAllLines(csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE))
				.stream()
				.skip(1)
				.limit(10_000)
				.toArray(String[]::new);
			String[] people = Files.readAllLines(csv.resolve(DemoNetworkGenerator.PEOPLE_FILE))
				.stream()
				.skip(1)
				.map((line) -> line.substring(0, line.indexOf(',')))
				.toArray(String[]::new);
			HttpClient client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.build();
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
			Random rnd = new Random(7);
			int warmup = 10;
			long[] nanos = new long[writes];
			long rebuilds = 0;
			for (int i = -warmup; i < writes; i++) {
				String a;
				String b;
				if ((i & 1) == 0) {
					a = people[rnd.nextInt(people.length)];
					do {
						b = people[rnd.nextInt(people.length)];
					}
					while (a.equals(b));
				}
				else {
					String[] row = existing[rnd.nextInt(existing.length)].split(",");
					a = row[0];
					b = row[1];
				}
				double strength = Math.round((0.1 + 0.9 * rnd.nextDouble()) * 100) / 100.0;
				HttpRequest.Builder rb = HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/people/" + a + "/connections/" + b))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers
						.ofString("{\"strength\":" + strength + ",\"context\":\"colleague\"}"));
				if (i == -warmup) {
					rb.header("Authorization", basic);
				}
				if (i == 0) {
					rebuilds = projection.rebuilds();
				}
				long t0 = System.nanoTime();
				HttpResponse<String> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
				long t = System.nanoTime() - t0;
				if (r.statusCode() / 100 != 2) {
					throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
				}
				if (i >= 0) {
					nanos[i] = t;
				}
			}
			Arrays.sort(nanos);
			System.out.printf(Locale.ROOT,
					"tie write over HTTP, %,d people, %d writes: p50 %.2f ms, p90 %.2f ms, max %.2f ms; "
							+ "projection re-reads during them: %d%n",
					size, writes, nanos[writes / 2] / 1e6, nanos[(int) (writes * 0.9)] / 1e6, nanos[writes - 1] / 1e6,
					projection.rebuilds() - rebuilds);
		}
		finally {
			ctx.close();
		}
	}

}
