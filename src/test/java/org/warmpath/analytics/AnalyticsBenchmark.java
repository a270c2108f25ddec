package org.warmpath.analytics;

import java.io.BufferedReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.warmpath.WarmPathApplication;
import org.warmpath.export.GraphExport;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportProgress;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.ingest.TieSource;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.paths.PathFinder;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;
import org.warmpath.projection.Projection;
import org.warmpath.visibility.Visibility;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the analytics targets and prints one line per figure (for
 * docs/benchmarks.md). Sections, chosen by argument (default: all but {@code app}):
 * <ul>
 * <li>{@code facebook}: ego-Facebook exact betweenness, ours on 2 and 1 threads,
 * JGraphT's single-threaded {@code BetweennessCentrality}, NetworkX
 * ({@code /usr/bin/python3 bench/analytics/networkx_betweenness.py}) in the same run
 * ({@code --no-networkx} skips it);</li>
 * <li>{@code snap}: every published SNAP figure our analytics compute (triangles, average
 * clustering, largest component, diameter);</li>
 * <li>{@code communities}: Louvain on the 100k-person demo network (DemoNetworkGenerator
 * seed 42), the code path of {@code /api/analytics/communities};</li>
 * <li>{@code reach}: {@code NetworkAnalytics.reach(view, id, 4)} (the reach endpoint's
 * code after it has the view) on the 1M-person demo network built from its CSVs;</li>
 * <li>{@code app}: the app at 100k people (embedded Neo4j, import, HTTP): building the
 * analytics view (the per-version Neo4j read), reach over HTTP, and exports (time, first
 * byte, bytes, heap).</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx4g -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" \
 *     org.warmpath.analytics.AnalyticsBenchmark [facebook] [snap] [communities] [reach] [app] [--no-networkx]
 * </pre>
 */
public final class AnalyticsBenchmark {

	static final long SEED = 42;

	private AnalyticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> a = Arrays.asList(args);
		boolean networkx = !a.contains("--no-networkx");
		boolean any = a.stream().anyMatch(s -> !s.startsWith("--"));
		System.out.printf("JVM: %d processors, max heap %d MiB, load average %.2f%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		if (!any || a.contains("facebook")) {
			Path fb = GraphFiles.DATA.resolve("snap/ego-Facebook.txt");
			if (Files.isReadable(fb)) {
				egoFacebook(fb, networkx);
			}
			else {
				System.out.println("ego-Facebook not found at " + fb + ": skipped");
			}
		}
		if (!any || a.contains("snap")) {
			snap();
		}
		if (!any || a.contains("communities")) {
			communities(100_000);
		}
		if (!any || a.contains("reach")) {
			reach(1_000_000, 300);
		}
		if (a.contains("app")) {
			app(100_000);
		}
		if (a.contains("view")) {
			viewGraph(100_000);
			viewGraph(1_000_000);
		}
	}

	static String load() {
		return String.format(Locale.ROOT, "load %.2f",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	// ------------------------------------------------------------------ ego-Facebook

	static void egoFacebook(Path fb, boolean networkx) throws Exception {
		GraphFiles.Loaded g = GraphFiles.snap(fb);
		AnalysisGraph a = g.graph();
		System.out.printf("ego-Facebook: %d people, %d ties (%s)%n", a.vertexCount(), a.edgeCount(), load());
		Betweenness.compute(a, Betweenness.sampleSources(a, 200, 1), 2, true, Progress.NONE); // warm-up
		double[] two = null;
		for (int threads : new int[] { 2, 1 }) {
			long t = System.nanoTime();
			double[] bc = Betweenness.compute(a, Betweenness.allSources(a), threads, true, Progress.NONE);
			int top = argmax(bc);
			System.out.printf(Locale.ROOT,
					"  ours exact betweenness, %d thread(s): %.2f s (target <= 20 s on 2); top %d = %.6f (%s)%n",
					threads, (System.nanoTime() - t) / 1e9, g.ids()[top], bc[top], load());
			if (threads == 2) {
				two = bc;
			}
		}
		Graph<Integer, DefaultEdge> j = new SimpleGraph<>(DefaultEdge.class);
		for (int v = 0; v < a.vertexCount(); v++) {
			j.addVertex(v);
		}
		for (int u = 0; u < a.vertexCount(); u++) {
			for (int w : a.neighbours(u)) {
				if (w > u) {
					j.addEdge(u, w);
				}
			}
		}
		long t = System.nanoTime();
		Map<Integer, Double> jb = new BetweennessCentrality<>(j, true).getScores();
		double js = (System.nanoTime() - t) / 1e9;
		double maxDiff = 0;
		for (int v = 0; v < a.vertexCount(); v++) {
			maxDiff = Math.max(maxDiff, Math.abs(2 * jb.get(v) - two[v]));
		}
		int top = argmax(two);
		System.out.printf(Locale.ROOT,
				"  JGraphT 1.5.3 BetweennessCentrality (1 thread, normalized): %.2f s; top %d = %.6f x2 = %.6f; "
						+ "max |2 x JGraphT - ours| = %.2e (%s)%n",
				js, g.ids()[top], jb.get(top), 2 * jb.get(top), maxDiff, load());
		if (networkx) {
			t = System.nanoTime();
			Process p = new ProcessBuilder("/usr/bin/python3", "bench/analytics/networkx_betweenness.py", fb.toString())
				.redirectErrorStream(true)
				.start();
			String out = new String(p.getInputStream().readAllBytes()).trim();
			p.waitFor();
			System.out.printf(Locale.ROOT, "  NetworkX (same run, /usr/bin/python3): %s (wall %.1f s, %s)%n", out,
					(System.nanoTime() - t) / 1e9, load());
		}
	}

	static int argmax(double[] x) {
		int top = 0;
		for (int v = 1; v < x.length; v++) {
			if (x[v] > x[top]) {
				top = v;
			}
		}
		return top;
	}

	// ------------------------------------------------------------------ SNAP figures

	static void snap() throws Exception {
		String[][] published = { { "ca-GrQc", "48260", "0.5296" }, { "ca-HepTh", "28339", "0.4714" },
				{ "ca-HepPh", "3358499", "0.6115" }, { "ego-Facebook", "1612010", "0.6055" } };
		for (String[] p : published) {
			Path f = GraphFiles.DATA.resolve("snap/" + p[0] + ".txt");
			if (!Files.isReadable(f)) {
				System.out.println(p[0] + " not found: skipped");
				continue;
			}
			AnalysisGraph g = GraphFiles.snap(f).graph();
			long t = System.nanoTime();
			long tri = Clustering.triangles(g);
			double cc = Clustering.average(g);
			double s = (System.nanoTime() - t) / 1e9;
			System.out.printf(Locale.ROOT,
					"%s: %d nodes, %d ties: triangles %d (SNAP %s), average clustering %.4f (SNAP %s) in %.2f s%n",
					p[0], g.vertexCount(), g.edgeCount(), tri, p[1], cc, p[2], s);
			if (p[0].equals("ego-Facebook")) {
				t = System.nanoTime();
				Traversal.DistanceEstimate d = Traversal.distances(g, Integer.MAX_VALUE, 1);
				Traversal.DistanceEstimate e = Traversal.distances(g, NetworkAnalytics.DISTANCE_SAMPLE,
						NetworkAnalytics.SEED);
				System.out.printf(Locale.ROOT,
						"  diameter exact %d (SNAP 8), average distance %.3f in %.2f s; summary estimate %d (%d sources)%n",
						d.diameter(), d.averageDistance(), (System.nanoTime() - t) / 1e9, e.diameter(), e.sources());
			}
		}
		Path email = GraphFiles.DATA.resolve("snap/email-Eu-core.txt");
		if (Files.isReadable(email)) {
			AnalysisGraph g = GraphFiles.csvEdges(email).graph();
			long t = System.nanoTime();
			int[] sizes = Traversal.componentSizes(g, Traversal.components(g));
			Traversal.DistanceEstimate d = Traversal.distances(g, Integer.MAX_VALUE, 1);
			Traversal.DistanceEstimate e = Traversal.distances(g, NetworkAnalytics.DISTANCE_SAMPLE,
					NetworkAnalytics.SEED);
			System.out.printf(Locale.ROOT,
					"email-Eu-core: %d nodes, %d ties: largest component %d (SNAP 986), diameter exact %d (SNAP 7), "
							+ "summary estimate %d (%d sources) in %.2f s%n",
					g.vertexCount(), g.edgeCount(), sizes[0], d.diameter(), e.diameter(), e.sources(),
					(System.nanoTime() - t) / 1e9);
		}
	}

	// ------------------------------------------------------------------ demo network

	/** The demo network's CSVs as a projection plus the attribute arrays of a view. */
	record Demo(NetworkView view, int people, long ties, double generateSeconds, double buildSeconds) {
	}

	static Demo demo(int people, Path dir) throws Exception {
		long t0 = System.nanoTime();
		DemoNetwork net = new DemoNetworkGenerator().generate(people, SEED, dir);
		double gen = (System.nanoTime() - t0) / 1e9;
		t0 = System.nanoTime();
		CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
		KnowsGraphBuilder b = KnowsGraph.builder();
		List<String> specialtyOf = new ArrayList<>();
		List<String> regionOf = new ArrayList<>();
		List<String> grades = new ArrayList<>();
		Map<String, Integer> capacity = new HashMap<>();
		try (BufferedReader r = Files.newBufferedReader(dir.resolve(DemoNetworkGenerator.PEOPLE_FILE));
				CSVParser p = fmt.parse(r)) {
			for (CSVRecord rec : p) {
				b.addPerson(rec.get("id"), Boolean.parseBoolean(rec.get("openToIntroductions")));
				specialtyOf.add(blankToNull(rec.get("specialty")));
				regionOf.add(blankToNull(rec.get("region")));
				grades.add(blankToNull(rec.get("grade")));
				String cap = rec.get("mentorCapacity");
				if (Boolean.parseBoolean(rec.get("openToMentoring")) && cap != null && !cap.isBlank()) {
					capacity.put(rec.get("id"), Integer.parseInt(cap.trim()));
				}
			}
		}
		try (BufferedReader r = Files.newBufferedReader(dir.resolve(DemoNetworkGenerator.CONNECTIONS_FILE));
				CSVParser p = fmt.parse(r)) {
			for (CSVRecord rec : p) {
				String s = rec.get("strength");
				b.addTie(rec.get("source"), rec.get("target"),
						(s == null || s.isBlank()) ? 0.5 : Double.parseDouble(s));
			}
		}
		try (BufferedReader r = Files.newBufferedReader(dir.resolve(DemoNetworkGenerator.MENTORING_FILE));
				CSVParser p = fmt.parse(r)) {
			for (CSVRecord rec : p) {
				if ("active".equalsIgnoreCase(rec.get("status"))) {
					capacity.computeIfPresent(rec.get("mentor"), (k, c) -> c - 1);
				}
			}
		}
		KnowsGraph g = b.build();
		int n = g.nodeCount();
		int[] specialty = new int[n];
		int[] region = new int[n];
		String[] grade = new String[n];
		boolean[] mentor = new boolean[n];
		NetworkView.Codes sc = new NetworkView.Codes();
		NetworkView.Codes rc = new NetworkView.Codes();
		for (int i = 0; i < specialtyOf.size(); i++) {
			// people were added in file order: index i is the i-th row
			specialty[i] = sc.code(specialtyOf.get(i));
			region[i] = rc.code(regionOf.get(i));
			grade[i] = grades.get(i);
			Integer left = capacity.get(g.id(i));
			mentor[i] = left != null && left > 0;
		}
		NetworkView v = new NetworkView(1, g, new PathFinder(g), new NetworkView.Lazy(g), new String[n], grade,
				specialty, region, List.copyOf(sc.names), List.copyOf(rc.names), mentor, new boolean[n]);
		double build = (System.nanoTime() - t0) / 1e9;
		return new Demo(v, net.people(), g.tieCount(), gen, build);
	}

	static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

	static void communities(int people) throws Exception {
		Path dir = Files.createTempDirectory("analytics-bench-");
		try {
			Demo d = demo(people, dir.resolve("csv"));
			NetworkView v = d.view();
			System.out.printf(Locale.ROOT,
					"Communities: demo network %,d people, %,d ties (generated in %.1f s, built in %.1f s) (%s)%n",
					d.people(), d.ties(), d.generateSeconds(), d.buildSeconds(), load());
			Louvain.communities(v.graph(), true, Progress.NONE); // warm-up
			double[] s = new double[3];
			Louvain.Result r = null;
			for (int i = 0; i < s.length; i++) {
				long t = System.nanoTime();
				r = Louvain.communities(v.graph(), true, Progress.NONE);
				NetworkAnalytics.Ranked ranked = NetworkAnalytics.Ranked.of(v, r);
				s[i] = (System.nanoTime() - t) / 1e9;
				if (ranked.count() != r.count()) {
					throw new IllegalStateException("ranking lost communities");
				}
			}
			int[] sizes = new int[r.count()];
			for (int c : r.community()) {
				sizes[c]++;
			}
			Arrays.sort(sizes);
			double unweighted = Louvain.modularity(v.graph(), r.community(), false);
			System.out.printf(Locale.ROOT,
					"  Louvain (weights = strength) + ranking: %.2f / %.2f / %.2f s (target <= 10 s); %d communities, "
							+ "largest %d, median size %d; modularity Q = %.4f (weighted), %.4f (same partition, unweighted) (%s)%n",
					s[0], s[1], s[2], r.count(), sizes[sizes.length - 1], sizes[sizes.length / 2], r.modularity(),
					unweighted, load());
		}
		finally {
			deleteTree(dir);
		}
	}

	static void reach(int people, int queries) throws Exception {
		Path dir = Files.createTempDirectory("analytics-bench-");
		try {
			Demo d = demo(people, dir.resolve("csv"));
			NetworkView v = d.view();
			System.out.printf(Locale.ROOT,
					"Reach: demo network %,d people, %,d ties (generated in %.1f s, CSV -> projection + view in %.1f s) (%s)%n",
					d.people(), d.ties(), d.generateSeconds(), d.buildSeconds(), load());
			ObjectMapper json = new ObjectMapper();
			SplittableRandom r = new SplittableRandom(SEED);
			int n = v.knows().nodeCount();
			int warm = 30;
			long[] times = new long[queries];
			long[] withJson = new long[queries];
			long reached = 0;
			int maxReached = 0;
			for (int q = -warm; q < queries; q++) {
				String id = v.knows().id(r.nextInt(n));
				long t = System.nanoTime();
				Answers.Reach answer = NetworkAnalytics.reach(v, id, 4);
				long t1 = System.nanoTime();
				byte[] body = json.writeValueAsBytes(answer);
				long t2 = System.nanoTime();
				if (q >= 0 && body.length > 0) {
					times[q] = t1 - t;
					withJson[q] = t2 - t;
					reached += answer.total();
					maxReached = (int) Math.max(maxReached, answer.total());
				}
			}
			Arrays.sort(times);
			Arrays.sort(withJson);
			System.out.printf(Locale.ROOT,
					"  NetworkAnalytics.reach(view, id, maxHops 4), %d seeded sources (seed %d, %d warm-up): p50 %.1f ms, "
							+ "p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p50 <= 200 ms); with JSON: p50 %.1f ms, p99 %.1f ms; "
							+ "people reached: mean %d, max %d (%s)%n",
					queries, SEED, warm, pct(times, 0.5), pct(times, 0.9), pct(times, 0.99), times[queries - 1] / 1e6,
					pct(withJson, 0.5), pct(withJson, 0.99), reached / queries, maxReached, load());
		}
		finally {
			deleteTree(dir);
		}
	}

	/** Nearest-rank percentile of sorted nanoseconds, in ms. */
	/**
	 * What {@link AnalysisGraph#of} costs when it shares the projection's CSR (nothing
	 * removed) against the copy it made before (still used once something is removed):
	 * build time, bytes allocated, and a kernel run on each to show the kernels are as
	 * fast on either.
	 */
	static void viewGraph(int people) throws Exception {
		Path dir = Files.createTempDirectory("analytics-bench-");
		try {
			Demo d = demo(people, dir.resolve("csv"));
			KnowsGraph g = d.view().knows();
			System.out.printf(Locale.ROOT, "Analysis graph of the projection: demo network %,d people, %,d ties (%s)%n",
					d.people(), d.ties(), load());
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			for (String how : new String[] { "copy", "shared", "copy", "shared" }) {
				long[] ns = new long[7];
				long bytes = 0;
				AnalysisGraph a = null;
				for (int i = 0; i < ns.length; i++) {
					long b0 = threads.getCurrentThreadAllocatedBytes();
					long t = System.nanoTime();
					a = how.equals("copy") ? AnalysisGraph.copyOf(g) : AnalysisGraph.of(g);
					ns[i] = System.nanoTime() - t;
					bytes = threads.getCurrentThreadAllocatedBytes() - b0;
				}
				Arrays.sort(ns);
				long t = System.nanoTime();
				int[] comp = Traversal.components(a);
				Traversal.DistanceEstimate de = Traversal.distances(a, 20, 42);
				double kernel = (System.nanoTime() - t) / 1e9;
				System.out.printf(Locale.ROOT,
						"  %-6s build p50 %.1f ms (min %.1f, max %.1f), allocated %.1f MiB; components + 20 BFS %.2f s "
								+ "(%d components, average distance %.3f) (%s)%n",
						how, ns[3] / 1e6, ns[0] / 1e6, ns[6] / 1e6, bytes / 1048576.0, kernel,
						Traversal.componentSizes(a, comp).length, de.averageDistance(), load());
			}
		}
		finally {
			deleteTree(dir);
		}
	}

	static double pct(long[] sorted, double p) {
		int i = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	// ------------------------------------------------------------------ the app

	static void app(int people) throws Exception {
		Path work = Files.createTempDirectory("analytics-bench-app-");
		ConfigurableApplicationContext ctx = null;
		try {
			DemoNetwork net = new DemoNetworkGenerator().generate(people, SEED, work.resolve("csv"));
			String password = "bench-" + Long.toHexString(new Random().nextLong());
			long t0 = System.nanoTime();
			ctx = new SpringApplicationBuilder(WarmPathApplication.class).web(WebApplicationType.SERVLET)
				.run("--server.port=0", "--warmpath.neo4j.data-dir=" + work.resolve("db"),
						"--warmpath.neo4j.bolt-port=0", "--warmpath.demo.people=0",
						"--warmpath.security.admin-password=" + password, "--warmpath.neo4j.page-cache=512m",
						"--warmpath.neo4j.transaction-timeout=10m", "--logging.level.root=WARN",
						"--logging.level.org.warmpath=WARN", "--spring.main.banner-mode=off");
			System.out.printf(Locale.ROOT, "App: %,d people, %,d ties; booted in %.1f s (%s)%n", net.people(),
					net.ties(), (System.nanoTime() - t0) / 1e9, load());
			int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
			Imports imports = ctx.getBean(Imports.class);
			Path csv = work.resolve("csv");
			t0 = System.nanoTime();
			ImportReport ip = imports.importPeople(csv.resolve(DemoNetworkGenerator.PEOPLE_FILE), ImportMode.STRICT,
					ImportProgress.NONE);
			ImportReport ic = imports.importConnections(csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE),
					ImportMode.STRICT, TieSource.DEMO, ImportProgress.NONE);
			imports.importMentoring(csv.resolve(DemoNetworkGenerator.MENTORING_FILE), ImportMode.STRICT,
					ImportProgress.NONE);
			System.out.printf(Locale.ROOT, "  imported %d people, %d ties in %.1f s%n", ip.created(), ic.created(),
					(System.nanoTime() - t0) / 1e9);
			Projection projection = ctx.getBean(Projection.class);
			NetworkAnalytics analytics = ctx.getBean(NetworkAnalytics.class);
			GraphExport export = ctx.getBean(GraphExport.class);
			Thread.sleep(1000);
			projection.rebuildNow();
			for (int i = 0; i < 3; i++) {
				if (i > 0) {
					projection.rebuildNow(); // a new graph version, as after any write
				}
				long t = System.nanoTime();
				NetworkView v = analytics.view();
				System.out.printf(Locale.ROOT,
						"  analytics view build (Cypher read of every person's specialty/region/grade/mentoring + CSR copy), "
								+ "once per graph version: %.2f s (%d people) (%s)%n",
						(System.nanoTime() - t) / 1e9, v.graph().liveVertexCount(), load());
			}
			NetworkView v = analytics.view();
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
			String base = "http://localhost:" + port;
			client.send(HttpRequest.newBuilder(URI.create(base + "/api/analytics/reach?from=" + v.knows().id(0)))
				.header("Authorization", basic)
				.build(), HttpResponse.BodyHandlers.discarding());
			SplittableRandom r = new SplittableRandom(SEED);
			int queries = 300;
			long[] times = new long[queries];
			for (int q = -30; q < queries; q++) {
				String id = v.knows().id(r.nextInt(v.knows().nodeCount()));
				long t = System.nanoTime();
				HttpResponse<byte[]> res = client
					.send(HttpRequest.newBuilder(URI.create(base + "/api/analytics/reach?from=" + id + "&maxHops=4"))
						.build(), HttpResponse.BodyHandlers.ofByteArray());
				if (res.statusCode() != 200) {
					throw new IllegalStateException("reach answered " + res.statusCode());
				}
				if (q >= 0) {
					times[q] = System.nanoTime() - t;
				}
			}
			Arrays.sort(times);
			System.out.printf(Locale.ROOT,
					"  GET /api/analytics/reach?maxHops=4 over HTTP (session cookie, view already built), %d seeded "
							+ "sources: p50 %.1f ms, p99 %.1f ms (%s)%n",
					queries, pct(times, 0.5), pct(times, 0.99), load());

			// exports: the first one computes Louvain and (sampled) betweenness, cached
			// after
			long t = System.nanoTime();
			analytics.communityOf(Progress.NONE);
			double louvainS = (System.nanoTime() - t) / 1e9;
			// a cold synchronous GET /api/analytics/brokers computes the (sampled)
			// betweenness inside the request at this size (NetworkAnalytics
			// .betweennessNeedsJob is false at 100k people)
			t = System.nanoTime();
			HttpResponse<String> cold = client.send(
					HttpRequest.newBuilder(URI.create(base + "/api/analytics/brokers?top=20")).build(),
					HttpResponse.BodyHandlers.ofString());
			double coldS = (System.nanoTime() - t) / 1e9;
			t = System.nanoTime();
			Answers.Centrality c = analytics.betweenness(Progress.NONE);
			System.out.printf(Locale.ROOT,
					"  cold GET /api/analytics/brokers: status %d in %.2f s (Louvain already cached %.1f s); "
							+ "betweenness exact %s, sample %s, cached afterwards (%.3f s) (%s)%n",
					cold.statusCode(), coldS, louvainS, c.exact(), c.sampleSize(), (System.nanoTime() - t) / 1e9,
					load());
			long before = usedAfterGc();
			t = System.nanoTime();
			GraphExport.Prepared prepared = export.prepare("all", ctx.getBean(Visibility.class)
				.forViewer(new org.warmpath.accounts.Caller("bench", null, true, false, false)));
			double prepS = (System.nanoTime() - t) / 1e9;
			long retained = usedAfterGc() - before;
			System.out.printf(Locale.ROOT,
					"  GraphExport.prepare(all): %.2f s; sparse graph view retained %.1f MiB (%d vertices, %d edges)%n",
					prepS, retained / 1048576.0, prepared.graph().vertexSet().size(),
					prepared.graph().edgeSet().size());
			prepared = null;
			for (String format : new String[] { "graphml", "gexf", "json", "graphml" }) {
				usedAfterGc();
				resetPeaks();
				long baseUsed = usedNow();
				t = System.nanoTime();
				HttpResponse<InputStream> res = client
					.send(HttpRequest.newBuilder(URI.create(base + "/api/export?format=" + format + "&scope=all"))
						.build(), HttpResponse.BodyHandlers.ofInputStream());
				long bytes = 0;
				long first = -1;
				byte[] buf = new byte[1 << 16];
				try (InputStream in = res.body()) {
					for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
						if (first < 0 && k > 0) {
							first = System.nanoTime() - t;
						}
						bytes += k;
					}
				}
				double total = (System.nanoTime() - t) / 1e9;
				System.out.printf(Locale.ROOT,
						"  GET /api/export?format=%s&scope=all: status %d, %.1f MiB in %.2f s, first byte after %.2f s; "
								+ "heap: peak used %.0f MiB (before %.0f MiB; includes garbage) (%s)%n",
						format, res.statusCode(), bytes / 1048576.0, total, first / 1e9, peakHeap() / 1048576.0,
						baseUsed / 1048576.0, load());
			}
		}
		finally {
			if (ctx != null) {
				ctx.close();
			}
			deleteTree(work);
		}
	}

	static long usedNow() {
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	static long usedAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return usedNow();
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			if (p.getType() == MemoryType.HEAP) {
				p.resetPeakUsage();
			}
		}
	}

	/** Sum of the heap pools' peaks since the reset (an upper bound of the peak). */
	static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			if (p.getType() == MemoryType.HEAP) {
				sum += p.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	static void deleteTree(Path dir) {
		try (var s = Files.walk(dir)) {
			s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (Exception ex) {
			// best effort
		}
	}

}
