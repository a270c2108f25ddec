package org.warmpath.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.warmpath.WarmPathApplication;
import org.warmpath.cypher.Cypher;
import org.warmpath.ingest.BulkLoad;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportProgress;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.ingest.TieSource;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.paths.IntroductionPaths;
import org.warmpath.paths.PathAnswer;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.PathRequest;
import org.warmpath.paths.SearchLimits;
import org.warmpath.paths.SearchTimeoutException;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a user gets from a found warmest path over HTTP now that answers come from memory
 * (issue 13's targets: one client on a kept-alive connection p50 &lt;= 1 ms and at least
 * 20x NetworkX's {@code bidirectional_dijkstra} on the same found pairs; a found path at
 * most twice an empty answer; 16 clients on found paths &gt;= 3,000 requests/s with 0
 * errors).
 *
 * <p>
 * Per size: a demo network (DemoNetworkGenerator, seed 42, mean degree 20) is imported
 * into an app booted in-process, the projection rebuilt; seeded random pairs are split by
 * the in-process kernel (warmest k=1, maxHops 4, the API's default) into FOUND and EMPTY
 * pairs, because random pairs mix the two and an empty answer costs the service almost
 * nothing. Then one {@link HttpClient} (HTTP/1.1, kept alive, personal access token)
 * times {@code GET /api/paths?from=&to=&k=1} on found and empty pairs, interleaved in one
 * seeded order so that both see the same machine load; NetworkX runs on the same found
 * pairs in the same run (bench/networkx_paths.py); then 16 clients run on found pairs
 * only, first with a blocking client ({@link java.net.HttpURLConnection}, as a script
 * would use), then with java.net.http's clients, each for {@code --load-seconds} after 10
 * s unmeasured (the clients' own code is compiled in the same JVM meanwhile): the clients
 * share the server's two cores, and java.net.http's cost per request is about three times
 * a blocking client's ({@link HttpLoad.Client}). An in-process split (service call, JSON
 * writing) says where a request's time goes.
 *
 * <p>
 * {@code ./mvnw -q -Pbench process-test-classes -Dbench.main=org.warmpath.bench.HttpPathsBenchmark -Dbench.args="--sizes 20000"}
 * Other arguments: {@code --pairs N} (found pairs, 1000), {@code --empty-pairs N} (500),
 * {@code --nx-pairs N} (300), {@code --clients N} (16), {@code --load-seconds S} (15),
 * {@code --mean-degree D} (20), {@code --warmup-seconds S} (120, one client's untimed
 * passes), {@code --no-networkx}, {@code --bulk} (fill the store with Neo4j's offline
 * importer before the app starts, as the demo does, instead of importing online: the same
 * graph, minutes sooner).
 */
public final class HttpPathsBenchmark {

	static final long SEED = 42;

	private HttpPathsBenchmark() {
	}

	/** Everything measured at one size: one row of the summary table. */
	record Row(int people, long ties, int found, int empty, Latencies httpFound, Latencies httpEmpty, double nxP50,
			double nxQueryP50, HttpLoad.Result load, HttpLoad.Result loadAsync, String loadBefore, String loadAfter) {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>(List.of(20_000));
		int pairs = 1000;
		int emptyPairs = 500;
		int nxPairs = 300;
		int clients = 16;
		double loadSeconds = 15;
		double meanDegree = DemoNetworkGenerator.DEFAULT_MEAN_DEGREE;
		boolean networkx = true;
		double warmupSeconds = 120;
		boolean bulk = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--sizes" -> {
					sizes.clear();
					for (String s : args[++i].split(",")) {
						sizes.add(Integer.parseInt(s.replace("_", "").replace("k", "000")));
					}
				}
				case "--pairs" -> pairs = Integer.parseInt(args[++i]);
				case "--empty-pairs" -> emptyPairs = Integer.parseInt(args[++i]);
				case "--nx-pairs" -> nxPairs = Integer.parseInt(args[++i]);
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--load-seconds" -> loadSeconds = Double.parseDouble(args[++i]);
				case "--mean-degree" -> meanDegree = Double.parseDouble(args[++i]);
				case "--no-networkx" -> networkx = false;
				case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(args[++i]);
				case "--bulk" -> bulk = true;
				case "" -> {
				}
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		System.out.println("machine: " + PathsBenchmark.machine());
		List<Row> rows = new ArrayList<>();
		for (int size : sizes) {
			rows.add(run(size, meanDegree, pairs, emptyPairs, nxPairs, clients, loadSeconds, networkx, warmupSeconds,
					bulk));
			summary(rows, clients);
		}
		System.exit(0);
	}

	static void summary(List<Row> rows, int clients) {
		Report report = new Report();
		report.heading("Found paths over HTTP from memory (issue 13)");
		Report.Table t = report.table("people / ties", "found p50 / p99 ms (HTTP)", "empty p50 ms",
				"found / empty (p50)", "NetworkX p50 ms (search)", "NetworkX / HTTP (p50)",
				clients + " clients req/s (found only)", "errors", "the same, java.net.http clients (req/s, errors)",
				"load average (1/5/15 min) before / after");
		for (Row r : rows) {
			double hf = r.httpFound().p50();
			double he = r.httpEmpty().p50();
			t.row(String.format(Locale.ROOT, "%,d / %,d", r.people(), r.ties()),
					Latencies.ms(hf) + " / " + Latencies.ms(r.httpFound().p99()), Latencies.ms(he),
					String.format(Locale.ROOT, "%.2f", hf / he), Latencies.ms(r.nxP50()),
					Double.isNaN(r.nxP50()) ? "n/a" : String.format(Locale.ROOT, "%.1fx", r.nxP50() / hf),
					String.format(Locale.ROOT, "%,.0f", r.load().perSecond()), r.load().errors(),
					String.format(Locale.ROOT, "%,.0f, %d", r.loadAsync().perSecond(), r.loadAsync().errors()),
					r.loadBefore() + " / " + r.loadAfter());
		}
		t.print();
	}

	static Row run(int size, double meanDegree, int pairs, int emptyPairs, int nxPairs, int clients, double loadSeconds,
			boolean networkx, double warmupSeconds, boolean bulk) throws Exception {
		Path work = Files.createTempDirectory("warmpath-httppaths-");
		ConfigurableApplicationContext ctx = null;
		try {
			long t0 = System.nanoTime();
			DemoNetwork net = new DemoNetworkGenerator().withMeanDegree(meanDegree)
				.generate(size, SEED, work.resolve("csv"));
			System.out.printf(Locale.ROOT, "%n==== %,d people, %,d ties, mean degree %.1f (generated in %.1f s)%n",
					net.people(), net.ties(), net.meanDegree(), (System.nanoTime() - t0) / 1e9);
			Path csv = work.resolve("csv");
			if (bulk) {
				// an empty store filled by Neo4j's offline importer, as the demo is: the
				// same
				// graph, minutes sooner on a loaded machine
				t0 = System.nanoTime();
				BulkLoad.load(work.resolve("db"), csv.resolve(DemoNetworkGenerator.PEOPLE_FILE),
						csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE), null, ImportMode.STRICT, TieSource.DEMO);
				System.out.printf(Locale.ROOT, "  bulk-loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
			}
			String password = "bench-" + Long.toHexString(new Random().nextLong());
			ctx = new SpringApplicationBuilder(WarmPathApplication.class).web(WebApplicationType.SERVLET)
				.run("--server.port=0", "--warmpath.neo4j.data-dir=" + work.resolve("db"),
						"--warmpath.neo4j.bolt-port=0", "--warmpath.demo.people=0",
						"--warmpath.security.admin-password=" + password, "--warmpath.neo4j.page-cache=512m",
						"--warmpath.neo4j.transaction-timeout=10m", "--logging.level.root=WARN",
						"--logging.level.org.warmpath=WARN", "--logging.level.org.neo4j.driver=ERROR",
						"--spring.main.banner-mode=off");
			int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
			if (!bulk) {
				Imports imports = ctx.getBean(Imports.class);
				ImportReport ip = imports.importPeople(csv.resolve(DemoNetworkGenerator.PEOPLE_FILE), ImportMode.STRICT,
						ImportProgress.NONE);
				System.out.println("  people imported: " + PathsBenchmark.rate(ip));
				ImportReport ic = imports.importConnections(csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE),
						ImportMode.STRICT, TieSource.DEMO, ImportProgress.NONE);
				System.out.println("  connections imported: " + PathsBenchmark.rate(ic));
			}
			Projection projection = ctx.getBean(Projection.class);
			t0 = System.nanoTime();
			Projection.Snapshot snap = projection.rebuildNow();
			System.out.printf(Locale.ROOT, "  projection rebuilt in %.2f s%n", (System.nanoTime() - t0) / 1e9);
			KnowsGraph g = snap.graph();

			// split seeded random pairs with the kernel the service runs (warmest k=1,
			// maxHops 4)
			PathFinder finder = PathFinder.of(g);
			SearchLimits limits = SearchLimits.of(4, PathsBenchmark.BUDGET);
			int n = g.nodeCount();
			Random rnd = new Random(SEED);
			int[] fs = new int[pairs];
			int[] ft = new int[pairs];
			int[] es = new int[emptyPairs];
			int[] et = new int[emptyPairs];
			int nf = 0;
			int ne = 0;
			long draws = 0;
			while ((nf < pairs || ne < emptyPairs) && draws < 200L * (pairs + emptyPairs)) {
				draws++;
				int s = rnd.nextInt(n);
				int d = rnd.nextInt(n);
				if (s == d) {
					continue;
				}
				boolean found;
				try {
					found = !finder.paths(PathMode.WARMEST, s, d, 1, limits).isEmpty();
				}
				catch (SearchTimeoutException ex) {
					// a search past its budget on a loaded machine: neither found nor
					// empty
					continue;
				}
				if (found && nf < pairs) {
					fs[nf] = s;
					ft[nf++] = d;
				}
				else if (!found && ne < emptyPairs) {
					es[ne] = s;
					et[ne++] = d;
				}
			}
			System.out.printf(Locale.ROOT, "  %,d random pairs drawn: %d found, %d empty kept%n", draws, nf, ne);
			String[] fFrom = ids(g, fs, nf);
			String[] fTo = ids(g, ft, nf);
			String[] eFrom = ids(g, es, ne);
			String[] eTo = ids(g, et, ne);

			// where the time goes, in process: the service call and the JSON it writes
			IntroductionPaths service = ctx.getBean(IntroductionPaths.class);
			ObjectMapper json = ctx.getBean(ObjectMapper.class);
			PathAnswer[] answers = new PathAnswer[Math.max(nf, ne)];
			final int nfF = nf;
			final int neF = ne;
			Latencies svcFound = Latencies.measure("service find, found pairs", nfF, nfF,
					i -> (answers[i] = service.find(request(fFrom[i], fTo[i]), "graph")).paths().get(0).hops());
			Latencies jsonFound = Latencies.measure("JSON of the found answers", nfF, nfF,
					i -> write(json, answers[i]));
			Latencies svcEmpty = Latencies.measure("service find, empty pairs", neF, neF,
					i -> (answers[i] = service.find(request(eFrom[i], eTo[i]), "graph")).paths().size() - 1);
			Latencies jsonEmpty = Latencies.measure("JSON of the empty answers", neF, neF,
					i -> write(json, answers[i]));

			// one client, one kept-alive connection, found and empty interleaved
			String base = "http://127.0.0.1:" + port;
			String token = HttpLoad.token(base, PathsBenchmark.USER, password);
			String loadBefore = loadAverage();
			Latencies[] seq = sequential(base, token, fFrom, fTo, eFrom, eTo, warmupSeconds);
			String loadMid = loadAverage();
			Latencies refused = unauthenticated(base, fFrom, fTo);
			// the one driver read a token-authenticated request still makes: the token
			// check
			Driver driver = ctx.getBean(Driver.class);
			Map<String, Object> hash = Map.of("hash", sha256(token));
			Latencies tokenRead = Latencies.measure("token check read (accounts/token-authenticate)", 500, 500,
					i -> Cypher.read(driver, "accounts/token-authenticate", hash).size());

			// NetworkX on the same found pairs
			double[] nx = networkx ? networkx(work, g, fs, ft, Math.min(nxPairs, nf))
					: new double[] { Double.NaN, Double.NaN };

			// 16 clients, found pairs only: a blocking client, then java.net.http's
			HttpLoad.Result load = null;
			HttpLoad.Result loadAsync = null;
			for (HttpLoad.Client kind : HttpLoad.Client.values()) {
				System.out.println("  " + clients + " clients on found pairs (" + kind + ")...");
				HttpLoad.Result r = HttpLoad.run(kind, base, token, fFrom, fTo, clients, 10, loadSeconds);
				System.out.printf(Locale.ROOT,
						"  %d clients (%s): %,d requests in %.0f s = %,.0f req/s, p50 %.3f ms, p99 %.3f ms, errors %d, "
								+ "empty answers %d%s%n",
						clients, kind, r.requests(), r.seconds(), r.perSecond(), r.latencies().p50(),
						r.latencies().p99(), r.errors(), r.empty(),
						(r.firstError() != null) ? " (first error: " + r.firstError() + ")" : "");
				if (kind == HttpLoad.Client.BLOCKING) {
					load = r;
				}
				else {
					loadAsync = r;
				}
			}
			String loadAfter = loadAverage();

			Report report = new Report();
			report.heading(
					String.format(Locale.ROOT, "%,d people / %,d ties: one client, kept alive", size, g.tieCount()));
			Report.Table t = report.table("what", "pairs", "p50 ms", "p99 ms", "note");
			t.row("HTTP GET /api/paths k=1, found pairs", seq[0].count, Latencies.ms(seq[0].p50()),
					Latencies.ms(seq[0].p99()), seq[0].answered + " answers had paths[0]");
			t.row("HTTP GET /api/paths k=1, empty pairs", seq[1].count, Latencies.ms(seq[1].p50()),
					Latencies.ms(seq[1].p99()), (seq[1].count - seq[1].answered) + " answers were empty");
			t.row("in process: IntroductionPaths.find, found pairs", svcFound.count, Latencies.ms(svcFound.p50()),
					Latencies.ms(svcFound.p99()), String.format(Locale.ROOT, "mean %.2f hops", svcFound.meanSize));
			t.row("in process: IntroductionPaths.find, empty pairs", svcEmpty.count, Latencies.ms(svcEmpty.p50()),
					Latencies.ms(svcEmpty.p99()), "");
			t.row("in process: Jackson writes a found answer", jsonFound.count, Latencies.ms(jsonFound.p50()),
					Latencies.ms(jsonFound.p99()), String.format(Locale.ROOT, "mean %.0f bytes", jsonFound.meanSize));
			t.row("in process: Jackson writes an empty answer", jsonEmpty.count, Latencies.ms(jsonEmpty.p50()),
					Latencies.ms(jsonEmpty.p99()), String.format(Locale.ROOT, "mean %.0f bytes", jsonEmpty.meanSize));
			t.row("HTTP GET /api/paths without a token (401 problem, no driver read)", refused.count,
					Latencies.ms(refused.p50()), Latencies.ms(refused.p99()),
					"the HTTP and security floor of this client and server");
			t.row("in process: the token check's Neo4j read (Cypher accounts/token-authenticate)", tokenRead.count,
					Latencies.ms(tokenRead.p50()), Latencies.ms(tokenRead.p99()),
					"made by BearerTokenFilter on every Bearer request");
			t.row("NetworkX bidirectional_dijkstra (search call only), found pairs", Math.min(nxPairs, nf),
					Latencies.ms(nx[0]), "", "whole query (closed endpoints added back): " + Latencies.ms(nx[1]));
			t.print();
			report.note("");
			report.note(String.format(Locale.ROOT,
					"Load average before / after the one-client run: %s / %s; "
							+ "random pairs drawn to find %d found and %d empty pairs: %,d.",
					loadBefore, loadMid, nf, ne, draws));
			return new Row(size, g.tieCount(), nf, ne, seq[0], seq[1], nx[0], nx[1], load, loadAsync, loadBefore,
					loadAfter);
		}
		finally {
			if (ctx != null) {
				ctx.close();
			}
			PathsBenchmark.deleteRecursively(work);
		}
	}

	static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The same client's requests without a token: answered 401 by the security chain,
	 * before any driver read, so the floor of HTTP, filters and problem writing.
	 */
	static Latencies unauthenticated(String base, String[] from, String[] to) {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		int count = Math.min(500, from.length);
		return Latencies.measure("HTTP one client, no token (401)", count, count, i -> {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(base + "/api/paths?from=" + from[i] + "&to=" + to[i] + "&k=1"))
				.GET()
				.build();
			try {
				int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
				return (status == 401) ? 0 : -2;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	static PathRequest request(String from, String to) {
		return new PathRequest(from, to, PathMode.WARMEST, 1, 4, 0.0, List.of());
	}

	static int write(ObjectMapper json, PathAnswer answer) {
		try {
			return json.writeValueAsBytes(answer).length;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String[] ids(KnowsGraph g, int[] nodes, int count) {
		String[] out = new String[count];
		for (int i = 0; i < count; i++) {
			out[i] = g.id(nodes[i]);
		}
		return out;
	}

	static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (Exception ex) {
			return "?";
		}
	}

	/**
	 * One HttpClient (HTTP/1.1, one kept-alive connection), warmed up by two untimed
	 * passes over every pair, then one timed pass with found and empty requests in one
	 * seeded shuffled order. "answered" counts the answers that had {@code paths[0]}.
	 * @return [found, empty]
	 */
	static Latencies[] sequential(String base, String token, String[] fFrom, String[] fTo, String[] eFrom, String[] eTo,
			double warmupSeconds) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ObjectMapper json = new ObjectMapper();
		String bearer = "Bearer " + token;
		int nf = fFrom.length;
		int ne = eFrom.length;
		int[] order = new int[nf + ne];
		for (int i = 0; i < order.length; i++) {
			order[i] = (i < nf) ? i : -(i - nf) - 1;
		}
		Random rnd = new Random(SEED + 1);
		for (int i = order.length - 1; i > 0; i--) {
			int j = rnd.nextInt(i + 1);
			int x = order[i];
			order[i] = order[j];
			order[j] = x;
		}
		long[] found = new long[nf];
		long[] empty = new long[ne];
		int foundWithPath = 0;
		int emptyWithPath = 0;
		long foundHops = 0;
		long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
		int warmupPasses = 0;
		for (int pass = 0;; pass++) {
			boolean timed = pass >= 2 && System.nanoTime() >= warmupEnd;
			if (!timed) {
				warmupPasses++;
			}
			for (int o : order) {
				boolean isFound = o >= 0;
				int i = isFound ? o : -o - 1;
				String from = isFound ? fFrom[i] : eFrom[i];
				String to = isFound ? fTo[i] : eTo[i];
				HttpRequest request = HttpRequest
					.newBuilder(URI.create(base + "/api/paths?from=" + from + "&to=" + to + "&k=1"))
					.header("Authorization", bearer)
					.GET()
					.build();
				long t0 = System.nanoTime();
				HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
				long t = System.nanoTime() - t0;
				if (r.statusCode() != 200) {
					throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
				}
				if (!timed) {
					continue;
				}
				JsonNode path = json.readTree(r.body()).path("paths").path(0);
				if (isFound) {
					found[i] = t;
					if (!path.isMissingNode()) {
						foundWithPath++;
						foundHops += path.path("hops").asInt();
					}
				}
				else {
					empty[i] = t;
					emptyWithPath += path.isMissingNode() ? 0 : 1;
				}
			}
			if (timed) {
				break;
			}
		}
		System.out.println("  warm-up: " + warmupPasses + " untimed passes over all pairs");
		Latencies lf = Latencies.of("HTTP one client, found pairs", found, foundWithPath, 0,
				(foundWithPath > 0) ? (double) foundHops / foundWithPath : 0);
		Latencies le = Latencies.of("HTTP one client, empty pairs", empty, emptyWithPath, 0, 0);
		System.out.println("  " + lf);
		System.out.println("  " + le);
		return new Latencies[] { lf, le };
	}

	/** The first of python3 on the PATH and /usr/bin/python3 that imports networkx. */
	static String python() {
		for (String python : List.of("python3", "/usr/bin/python3")) {
			try {
				Process check = new ProcessBuilder(python, "-c", "import networkx").redirectErrorStream(true).start();
				check.getInputStream().readAllBytes();
				if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
					return python;
				}
			}
			catch (Exception ex) {
				// try the next one
			}
		}
		return null;
	}

	/**
	 * NetworkX's bidirectional_dijkstra on the same found pairs, costs -ln strength on
	 * the same graph (the file format of bench/networkx_paths.py).
	 * @return [search p50 ms, whole query p50 ms]
	 */
	static double[] networkx(Path work, KnowsGraph g, int[] src, int[] dst, int q) throws Exception {
		double[] none = { Double.NaN, Double.NaN };
		Path script = Path.of("bench/networkx_paths.py");
		if (!Files.exists(script)) {
			System.out.println("  NetworkX skipped: " + script.toAbsolutePath() + " not found");
			return none;
		}
		Path edges = work.resolve("nx-edges.txt");
		Path open = work.resolve("nx-open.txt");
		Path pairsFile = work.resolve("nx-pairs.txt");
		Path out = work.resolve("nx-out.txt");
		PathsBenchmark.writeNetworkXInput(g, src, dst, q, edges, open, pairsFile);
		System.out.println("  running NetworkX on " + q + " found pairs...");
		String python = python();
		if (python == null) {
			System.out.println("  NetworkX skipped: neither python3 on the PATH nor /usr/bin/python3 imports networkx");
			return none;
		}
		Process p = new ProcessBuilder(python, script.toString(), edges.toString(), open.toString(),
				pairsFile.toString(), out.toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
			System.out.println("  NetworkX failed: " + log);
			return none;
		}
		System.out.println("  " + log);
		List<String> lines = Files.readAllLines(out);
		long[] search = new long[lines.size()];
		long[] query = new long[lines.size()];
		int nxFound = 0;
		for (int i = 0; i < lines.size(); i++) {
			String[] f = lines.get(i).trim().split(" ");
			nxFound += (Integer.parseInt(f[3]) >= 0) ? 1 : 0;
			search[i] = (long) (Double.parseDouble(f[4]) * 1e6);
			query[i] = (long) (Double.parseDouble(f[5]) * 1e6);
		}
		Latencies s = Latencies.of("NetworkX search", search, nxFound, 0, 0);
		Latencies w = Latencies.of("NetworkX whole query", query, nxFound, 0, 0);
		System.out.println("  " + s);
		System.out.println("  " + w + " (" + nxFound + " of " + lines.size() + " connected)");
		return new double[] { s.p50(), w.p50() };
	}

}
