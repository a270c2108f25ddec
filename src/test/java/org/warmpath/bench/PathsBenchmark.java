package org.warmpath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.warmpath.WarmPathApplication;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportProgress;
import org.warmpath.ingest.ImportReport;
import org.warmpath.ingest.Imports;
import org.warmpath.ingest.TieSource;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.mentorsearch.MentorRecommendations;
import org.warmpath.mentorsearch.MentorSearch;
import org.warmpath.network.EgoNetworks;
import org.warmpath.network.MutualConnections;
import org.warmpath.paths.GraphPath;
import org.warmpath.paths.IntroductionPaths;
import org.warmpath.paths.PathFinder;
import org.warmpath.paths.PathMode;
import org.warmpath.paths.PathRequest;
import org.warmpath.paths.SearchLimits;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.KnowsGraphBuilder;
import org.warmpath.projection.Projection;
import org.warmpath.visibility.Visibility;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The path benchmark of issue 3: generated networks at 10k / 100k / 1M people (app booted
 * in-process, CSV import, projection, in-process latencies, HTTP throughput, NetworkX
 * ratio) and the public graphs of {@code ../shared/data}. Prints markdown tables and
 * appends them to {@code docs/benchmarks.md}.
 *
 * <p>
 * Run: {@code ./mvnw -q -Pbench process-test-classes} (10k people, quick) or
 * {@code ./mvnw -q -Pbench process-test-classes -Dbench.args=--full} (10k, 100k, 1M).
 * Other arguments: {@code --sizes 10000,100000}, {@code --pairs N}, {@code --nx-pairs N},
 * {@code --http-seconds S}, {@code --no-http}, {@code --no-networkx},
 * {@code --no-public}, {@code --no-docs}, {@code --data DIR}, {@code --out FILE},
 * {@code --import-budget-min M} (above this estimated import time a size is not imported:
 * its projection is built from the generated CSV for kernel figures only).
 */
public final class PathsBenchmark {

	static final long SEED = 42;

	static final Duration BUDGET = Duration.ofSeconds(30);

	static final String USER = "admin";

	private PathsBenchmark() {
	}

	/** Parsed arguments. */
	static final class Options {

		List<Integer> sizes = new ArrayList<>(List.of(10_000));

		int pairs = 1000;

		int cypherPairs = 1000;

		int cypherPairsLarge = 200;

		int nxPairs = 300;

		int nxMaxPeople = 100_000;

		double httpSeconds = 20;

		int httpClients = 16;

		boolean http = true;

		boolean networkx = true;

		boolean publicGraphs = true;

		boolean docs = true;

		Path data;

		Path out = Path.of("docs/benchmarks.md");

		double importBudgetMin = 15;

		int directFrom = Integer.MAX_VALUE;

		String argsText = "";

		static Options parse(String[] args) {
			Options o = new Options();
			o.argsText = String.join(" ", args);
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				switch (a) {
					case "--full" -> o.sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));
					case "--sizes" -> {
						o.sizes = new ArrayList<>();
						for (String s : args[++i].split(",")) {
							o.sizes
								.add(Integer.parseInt(s.replace("_", "").replace("k", "000").replace("M", "000000")));
						}
					}
					case "--pairs" -> o.pairs = Integer.parseInt(args[++i]);
					case "--cypher-pairs" -> o.cypherPairs = Integer.parseInt(args[++i]);
					case "--nx-pairs" -> o.nxPairs = Integer.parseInt(args[++i]);
					case "--nx-max-people" -> o.nxMaxPeople = Integer.parseInt(args[++i]);
					case "--http-seconds" -> o.httpSeconds = Double.parseDouble(args[++i]);
					case "--http-clients" -> o.httpClients = Integer.parseInt(args[++i]);
					case "--no-http" -> o.http = false;
					case "--no-networkx" -> o.networkx = false;
					case "--no-public" -> o.publicGraphs = false;
					case "--no-docs" -> o.docs = false;
					case "--data" -> o.data = Path.of(args[++i]);
					case "--out" -> o.out = Path.of(args[++i]);
					case "--import-budget-min" -> o.importBudgetMin = Double.parseDouble(args[++i]);
					case "--direct-from" -> o.directFrom = Integer.parseInt(args[++i].replace("_", ""));
					case "" -> {
					}
					default -> throw new IllegalArgumentException("unknown argument " + a);
				}
			}
			if (o.data == null) {
				for (String d : List.of("../shared/data", "/work/shared/data")) {
					if (Files.isDirectory(Path.of(d))) {
						o.data = Path.of(d);
						break;
					}
				}
				if (o.data == null) {
					o.data = Path.of("../shared/data");
				}
			}
			return o;
		}

	}

	/** Everything measured at one size, for the targets table. */
	static final class SizeResult {

		int people;

		long ties;

		boolean imported;

		Map<String, Latencies> lat = new LinkedHashMap<>();

		double mibPerMillionTies = Double.NaN;

		double httpPerSecond = Double.NaN;

		long httpErrors = -1;

		double httpP50 = Double.NaN;

		double nxRatioKernel = Double.NaN;

		double nxRatioHttp = Double.NaN;

		int mentorCandidatesMin = -1;

		int mentorCandidatesMedian = -1;

	}

	public static void main(String[] args) throws Exception {
		Options o = Options.parse(args);
		Report report = new Report();
		long started = System.nanoTime();
		String command = System.getProperty("bench.command", "./mvnw -q -Pbench process-test-classes"
				+ (o.argsText.isBlank() ? "" : " -Dbench.args=\"" + o.argsText + "\""));
		report.note("");
		report.note("## Path benchmark run " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		report.note("");
		report.note("- Command: `" + command + "` (run from a private copy of the working tree)");
		report.note("- Machine: " + machine());
		report.note("- Sizes: " + o.sizes + "; " + o.pairs + " seeded random pairs per query kind (seed " + SEED
				+ "), warmed up by one untimed pass over the same inputs; p50/p99 are nearest-rank over the timed pass.");
		List<SizeResult> results = new ArrayList<>();
		double[] importRates = null;
		for (int size : o.sizes) {
			SizeResult r;
			boolean importIt = true;
			if (size >= o.directFrom) {
				importIt = false;
				report.note("");
				report.note(String
					.format(Locale.ROOT, "_%,d people: not imported (--direct-from %,d): the projection is built "
							+ "straight from the generated CSV with KnowsGraphBuilder; only kernel figures at this size._",
							size, o.directFrom));
			}
			else if (importRates != null) {
				double ratio = (double) size / importRates[2];
				double estMin = ratio * importRates[3] / 60.0;
				if (estMin > o.importBudgetMin) {
					importIt = false;
					report.note("");
					report.note(String.format(Locale.ROOT,
							"_%,d people: import skipped: at the rates measured at %,d people it would take about %.0f min "
									+ "(budget %.0f min). The projection is built straight from the generated CSV with "
									+ "KnowsGraphBuilder; only kernel figures are measured at this size._",
							size, (int) importRates[2], estMin, o.importBudgetMin));
				}
			}
			if (importIt) {
				r = appRun(size, o, report);
				importRates = new double[] { 0, 0, size,
						r.lat.containsKey("#importSeconds") ? r.lat.get("#importSeconds").meanSize : 0 };
			}
			else {
				r = directRun(size, o, report);
			}
			results.add(r);
		}
		if (o.publicGraphs) {
			try {
				PublicGraphs.run(o.data, report, o.pairs, SEED);
			}
			catch (Exception ex) {
				ex.printStackTrace();
				report.note("_Public graphs failed: " + ex + "_");
			}
		}
		targets(results, report);
		report.note("");
		report.note(String.format(Locale.ROOT, "_Whole run: %.1f min._", (System.nanoTime() - started) / 6e10));
		if (o.docs) {
			Files.createDirectories(o.out.toAbsolutePath().getParent());
			Files.writeString(o.out, report.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			System.out.println("\nAppended to " + o.out.toAbsolutePath());
		}
		System.exit(0);
	}

	static String machine() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		long mem = -1;
		if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
			mem = sun.getTotalMemorySize();
		}
		return String.format(Locale.ROOT, "%d cores (nproc), %.1f GiB RAM, %s %s; java %s (%s %s), -Xmx %.1f GiB",
				Runtime.getRuntime().availableProcessors(), mem / 1073741824.0, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"),
				System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
				Runtime.getRuntime().maxMemory() / 1073741824.0);
	}

	// ------------------------------------------------------------------ generated
	// network, app booted

	static SizeResult appRun(int size, Options o, Report report) throws Exception {
		SizeResult res = new SizeResult();
		res.people = size;
		res.imported = true;
		Path work = Files.createTempDirectory("warmpath-bench-");
		ConfigurableApplicationContext ctx = null;
		try {
			long t0 = System.nanoTime();
			DemoNetwork net = new DemoNetworkGenerator().generate(size, SEED, work.resolve("csv"));
			double genS = (System.nanoTime() - t0) / 1e9;
			res.ties = net.ties();
			System.out.printf(Locale.ROOT, "%n==== %,d people, %,d ties, %,d mentoring (generated in %.1f s)%n",
					net.people(), net.ties(), net.mentoringRelations(), genS);
			String password = "bench-" + Long.toHexString(new Random().nextLong());
			t0 = System.nanoTime();
			ctx = new SpringApplicationBuilder(WarmPathApplication.class).web(WebApplicationType.SERVLET)
				.run("--server.port=0", "--warmpath.neo4j.data-dir=" + work.resolve("db"),
						"--warmpath.neo4j.bolt-port=0", "--warmpath.demo.people=0",
						"--warmpath.security.admin-password=" + password,
						"--warmpath.neo4j.page-cache=" + ((size >= 500_000) ? "2g" : "512m"),
						"--warmpath.neo4j.transaction-timeout=10m", "--logging.level.root=WARN",
						"--logging.level.org.warmpath=WARN", "--spring.main.banner-mode=off");
			double bootS = (System.nanoTime() - t0) / 1e9;
			int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
			Imports imports = ctx.getBean(Imports.class);
			Path csv = work.resolve("csv");
			ImportReport ip = imports.importPeople(csv.resolve(DemoNetworkGenerator.PEOPLE_FILE), ImportMode.STRICT,
					ImportProgress.NONE);
			System.out.println("  people imported: " + rate(ip));
			ImportReport ic = imports.importConnections(csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE),
					ImportMode.STRICT, TieSource.DEMO, ImportProgress.NONE);
			System.out.println("  connections imported: " + rate(ic));
			ImportReport im = imports.importMentoring(csv.resolve(DemoNetworkGenerator.MENTORING_FILE),
					ImportMode.STRICT, ImportProgress.NONE);
			System.out.println("  mentoring imported: " + rate(im));
			double importS = (ip.millis() + ic.millis() + im.millis()) / 1000.0;
			res.lat.put("#importSeconds", Latencies.of("#", new long[0], 0, 0, importS));

			Projection projection = ctx.getBean(Projection.class);
			Thread.sleep(1000);
			long r1 = System.nanoTime();
			Projection.Snapshot snap = projection.rebuildNow();
			double rebuild1 = (System.nanoTime() - r1) / 1e9;
			r1 = System.nanoTime();
			snap = projection.rebuildNow();
			double rebuild2 = (System.nanoTime() - r1) / 1e9;
			KnowsGraph g = snap.graph();
			PathFinder finder = PathFinder.of(snap.graph());
			double[] builder = builderFromEdgeList(g);
			long mem = g.memoryBytes();
			double mties = g.tieCount() / 1e6;
			res.mibPerMillionTies = mem / 1048576.0 / mties;

			report.heading(
					String.format(Locale.ROOT, "Generated network: %,d people, %,d ties (DemoNetworkGenerator seed %d)",
							net.people(), g.tieCount(), SEED));
			Report.Table t = report.table("step", "figure", "note");
			t.row("generate CSV", String.format(Locale.ROOT, "%.1f s", genS), String.format(Locale.ROOT,
					"%,d mentoring relations, mean degree %.1f", net.mentoringRelations(), net.meanDegree()));
			t.row("boot app (embedded Neo4j, Tomcat)", String.format(Locale.ROOT, "%.1f s", bootS), "");
			t.row("import people.csv", rate(ip), "Imports.importPeople, STRICT (validate pass + write pass)");
			t.row("import connections.csv", rate(ic), "Imports.importConnections, STRICT");
			t.row("import mentoring.csv", rate(im), "");
			t.row("projection rebuild from Neo4j (Projection.rebuildNow)",
					String.format(Locale.ROOT, "%.2f s, then %.2f s (%.2f s per million ties)", rebuild1, rebuild2,
							Math.min(rebuild1, rebuild2) / mties),
					"two consecutive rebuilds; includes the Cypher read of every person and tie");
			t.row("projection build from an in-memory edge list (KnowsGraphBuilder)",
					String.format(Locale.ROOT, "build() %.3f s (%.3f s per million ties); with addPerson/addTie %.3f s",
							builder[1], builder[1] / mties, builder[0] + builder[1]),
					"issue's reference: 0.16 s per million ties");
			t.row("projection heap (memoryBytes)",
					String.format(Locale.ROOT, "%.1f MiB = %.1f MiB per million ties", mem / 1048576.0,
							res.mibPerMillionTies),
					"target <= 40 MiB per million ties: " + Report.atMost(res.mibPerMillionTies, 40, "MiB"));
			t.print();

			// ---------------------------------------------------------- in-process
			// latencies
			int n = g.nodeCount();
			Random rnd = new Random(SEED);
			int pairs = o.pairs;
			int[] src = new int[pairs];
			int[] dst = new int[pairs];
			String[] srcId = new String[pairs];
			String[] dstId = new String[pairs];
			for (int i = 0; i < pairs; i++) {
				src[i] = rnd.nextInt(n);
				do {
					dst[i] = rnd.nextInt(n);
				}
				while (dst[i] == src[i]);
				srcId[i] = g.id(src[i]);
				dstId[i] = g.id(dst[i]);
			}
			int[] twoHop = twoHop(g, src, dst, rnd);
			String[] twoHopId = new String[pairs];
			for (int i = 0; i < pairs; i++) {
				twoHopId[i] = g.id(twoHop[i]);
			}
			Map<String, Latencies> L = res.lat;
			System.out.println("  in-process latencies:");
			kernelQueries(L, finder, g, src, dst, twoHop, pairs, size);
			IntroductionPaths service = ctx.getBean(IntroductionPaths.class);
			L.put("service warmest", Latencies.measure("service warmest k=1 maxHops 4 (IntroductionPaths.find)", pairs,
					pairs,
					i -> service
						.find(new PathRequest(srcId[i], dstId[i], PathMode.WARMEST, 1, 4, 0.0, List.of()), "graph")
						.paths()
						.size() - 1));
			org.warmpath.people.Directory directory = ctx.getBean(org.warmpath.people.Directory.class);
			L.put("summaries", Latencies.measure("Directory.summaries of the 2 endpoints (one Neo4j read)", pairs,
					pairs, i -> directory.summaries(List.of(srcId[i], dstId[i])).size()));
			Object cypherEngine = ctx.getBean("cypherPathEngine");
			Method find = AopUtils.getTargetClass(cypherEngine).getDeclaredMethod("find", PathRequest.class);
			find.setAccessible(true);
			int cy = (size >= 1_000_000) ? Math.min(o.cypherPairsLarge, o.cypherPairs) : Math.min(o.cypherPairs, pairs);
			for (int hops : new int[] { 4, 6 }) {
				L.put("cypher fewest " + hops,
						Latencies.measure("fewest k=1 maxHops " + hops + " CYPHER engine", cy, cy, i -> {
							try {
								List<?> r = (List<?>) find.invoke(cypherEngine,
										new PathRequest(srcId[i], dstId[i], PathMode.FEWEST, 1, hops, 0.0, List.of()));
								return r.size() - 1;
							}
							catch (ReflectiveOperationException ex) {
								throw new IllegalStateException(ex.getCause());
							}
						}));
			}
			MutualConnections mutuals = ctx.getBean(MutualConnections.class);
			Visibility visibility = ctx.getBean(Visibility.class);
			// as a member asks: their view included
			L.put("mutuals service", Latencies.measure("mutuals service (between, limit 20)", pairs, pairs,
					i -> mutuals.between(srcId[i], twoHopId[i], 20, visibility.forPerson(srcId[i])).count()));
			MentorSearch mentors = ctx.getBean(MentorSearch.class);
			int mentees = Math.min(200, pairs);
			int[] cands = new int[mentees];
			L.put("mentor", Latencies.measure("mentor recommendations (any, limit 10)", mentees, 50, i -> {
				MentorRecommendations m = mentors.recommend(srcId[i], null, null, null, "any", 10);
				cands[i] = m.candidates();
				return m.candidates();
			}));
			int[] sorted = cands.clone();
			Arrays.sort(sorted);
			res.mentorCandidatesMin = sorted[0];
			res.mentorCandidatesMedian = sorted[sorted.length / 2];
			EgoNetworks ego = ctx.getBean(EgoNetworks.class);
			int egoCount = Math.min(500, pairs);
			L.put("ego", Latencies.measure("ego network depth 2 limit 500", egoCount, 100,
					i -> ego.of(srcId[i], 2, 500).nodes().size()));
			latencyTable(report, res, size);

			// ---------------------------------------------------------- HTTP
			String base = "http://127.0.0.1:" + port;
			// scripts sign in with a personal access token: Basic once to create it
			String token = HttpLoad.token(base, USER, password);
			if (o.http) {
				System.out.println("  HTTP load...");
				HttpLoad.Result h = HttpLoad.run(base, token, srcId, dstId, o.httpClients, 3, o.httpSeconds);
				res.httpPerSecond = h.perSecond();
				res.httpErrors = h.errors();
				res.httpP50 = h.latencies().p50();
				report.heading(String.format(Locale.ROOT,
						"HTTP throughput, %,d people (loopback, %d client threads in the same JVM)", size,
						h.clients()));
				report
					.table("request", "clients", "seconds", "requests", "requests/s", "p50 ms", "p99 ms", "errors",
							"empty answers", "target")
					.row("GET /api/paths?from=..&to=..&k=1 (warmest, maxHops 4, graph engine)", h.clients(),
							String.format(Locale.ROOT, "%.0f", h.seconds()), h.requests(),
							String.format(Locale.ROOT, "%,.0f", h.perSecond()), Latencies.ms(h.latencies().p50()),
							Latencies.ms(h.latencies().p99()), h.errors(), h.empty(),
							">= 1,000 req/s: " + Report.atLeast(h.perSecond(), 1000, "req/s") + "; errors must be 0: "
									+ ((h.errors() == 0) ? "met" : "**missed** (" + h.firstError() + ")"))
					.print();
				report.note("");
				report.note("Each client thread has its own `HttpClient` and sends a personal access token "
						+ "(`Authorization: Bearer`, created once with HTTP Basic; checked by a SHA-256 lookup, no bcrypt, "
						+ "no session) on every request. After a 3 s warm-up; the 2 cores serve both the clients and "
						+ "the server, so the server gets well under 2 cores.");
			}

			// ---------------------------------------------------------- NetworkX
			if (o.networkx) {
				if (size > o.nxMaxPeople) {
					report.note("");
					report.note("_NetworkX skipped at " + size + " people (--nx-max-people " + o.nxMaxPeople + ")._");
				}
				else {
					networkx(work, g, finder, src, dst, srcId, dstId, o, report, res, base, token);
				}
			}
		}
		finally {
			if (ctx != null) {
				ctx.close();
			}
			deleteRecursively(work);
		}
		return res;
	}

	static String rate(ImportReport r) {
		double s = Math.max(1, r.millis()) / 1000.0;
		return String.format(Locale.ROOT, "%,d rows in %.1f s = %,.0f rows/s (created %,d, rejected %,d)", r.rows(), s,
				r.rows() / s, r.created(), r.rejected());
	}

	/** [addPerson+addTie seconds, build() seconds] for a copy of the live graph. */
	static double[] builderFromEdgeList(KnowsGraph g) {
		int n = g.nodeCount();
		String[] ids = new String[n];
		boolean[] open = new boolean[n];
		int m = g.tieCount();
		int[] ea = new int[m];
		int[] eb = new int[m];
		double[] es = new double[m];
		int[] k = new int[1];
		for (int v = 0; v < n; v++) {
			ids[v] = g.id(v);
			open[v] = g.isOpen(v);
			final int vv = v;
			g.forEachNeighbour(v, (w, s, tie) -> {
				if (vv < w) {
					ea[k[0]] = vv;
					eb[k[0]] = w;
					es[k[0]] = s;
					k[0]++;
				}
			});
		}
		long t0 = System.nanoTime();
		KnowsGraphBuilder b = KnowsGraph.builder();
		for (int v = 0; v < n; v++) {
			b.addPerson(ids[v], open[v]);
		}
		for (int i = 0; i < k[0]; i++) {
			b.addTie(ea[i], eb[i], es[i]);
		}
		long t1 = System.nanoTime();
		KnowsGraph copy = b.build();
		long t2 = System.nanoTime();
		if (copy.tieCount() != g.tieCount()) {
			throw new IllegalStateException("copy has " + copy.tieCount() + " ties");
		}
		return new double[] { (t1 - t0) / 1e9, (t2 - t1) / 1e9 };
	}

	static int[] twoHop(KnowsGraph g, int[] src, int[] dst, Random rnd) {
		int[] out = new int[src.length];
		for (int i = 0; i < src.length; i++) {
			int[] nb = g.neighbours(src[i]);
			int[] nb2 = (nb.length > 0) ? g.neighbours(nb[rnd.nextInt(nb.length)]) : new int[0];
			int pick = (nb2.length > 0) ? nb2[rnd.nextInt(nb2.length)] : dst[i];
			out[i] = (pick == src[i]) ? dst[i] : pick;
		}
		return out;
	}

	static void kernelQueries(Map<String, Latencies> L, PathFinder f, KnowsGraph g, int[] src, int[] dst, int[] twoHop,
			int pairs, int size) {
		L.put("warmest 4", Latencies.measure("warmest k=1 maxHops 4 (kernel)", pairs, pairs,
				i -> hops(f.paths(PathMode.WARMEST, src[i], dst[i], 1, SearchLimits.of(4, BUDGET)))));
		L.put("warmest 6", Latencies.measure("warmest k=1 maxHops 6 (kernel)", pairs, pairs,
				i -> hops(f.paths(PathMode.WARMEST, src[i], dst[i], 1, SearchLimits.of(6, BUDGET)))));
		L.put("warmest k3", Latencies.measure("warmest k=3 maxHops 4 (kernel)", pairs, pairs,
				i -> hops(f.paths(PathMode.WARMEST, src[i], dst[i], 3, SearchLimits.of(4, BUDGET)))));
		L.put("fewest 4", Latencies.measure("fewest k=1 maxHops 4 (kernel)", pairs, pairs,
				i -> hops(f.paths(PathMode.FEWEST, src[i], dst[i], 1, SearchLimits.of(4, BUDGET)))));
		L.put("fewest 6", Latencies.measure("fewest k=1 maxHops 6 (kernel)", pairs, pairs,
				i -> hops(f.paths(PathMode.FEWEST, src[i], dst[i], 1, SearchLimits.of(6, BUDGET)))));
		L.put("mutuals", Latencies.measure("mutuals ranked on the projection (2-hop pairs)", pairs, pairs,
				i -> MutualConnections.ranked(g, src[i], twoHop[i]).size()));
	}

	static int hops(List<GraphPath> p) {
		return p.isEmpty() ? -1 : p.get(0).hops();
	}

	static final String[][] ROWS = {
			{ "warmest 4", "warmest k=1, maxHops 4 (kernel)", "p50 <= 1 ms, p99 <= 5 ms at 100k; p50 <= 5 ms at 1M" },
			{ "warmest 6", "warmest k=1, maxHops 6 (kernel)", "p50 <= 5 ms at 100k; p50 <= 15 ms at 1M" },
			{ "warmest k3", "warmest k=3, maxHops 4 (kernel, Yen)", "p50 <= 20 ms at 100k; p50 <= 150 ms at 1M" },
			{ "service warmest",
					"warmest k=1, maxHops 4, full service (IntroductionPaths.find: kernel + Neo4j reads to explain each hop)",
					"" },
			{ "summaries", "Directory.summaries of the two endpoints (one Neo4j read the service makes per query)",
					"" },
			{ "fewest 4", "fewest k=1, maxHops 4 (kernel, bidirectional BFS)", "p50 <= 0.1 ms at 100k" },
			{ "fewest 6", "fewest k=1, maxHops 6 (kernel)", "p50 <= 0.1 ms at 100k" },
			{ "cypher fewest 4", "fewest k=1, maxHops 4, Cypher engine (shortestPath, consent rule)",
					"p50 <= 3 ms at 100k" },
			{ "cypher fewest 6", "fewest k=1, maxHops 6, Cypher engine", "p50 <= 3 ms at 100k" },
			{ "mutuals", "mutuals ranked on the projection (MutualConnections.ranked, pairs 2 hops apart)",
					"p50 <= 0.1 ms at 100k" },
			{ "mutuals service", "mutuals, full service (between: projection + Neo4j read of names/contexts, limit 20)",
					"" },
			{ "mentor", "mentor recommendations (MentorSearch.recommend, level any, limit 10)",
					"p50 <= 50 ms at 100k; 500+ candidates" },
			{ "ego", "ego network depth 2, limit 500 (EgoNetworks.of)", "" } };

	static void latencyTable(Report report, SizeResult res, int size) {
		report.heading(String.format(Locale.ROOT, "In-process latency, %,d people%s", size,
				res.imported ? "" : " (projection built from CSV, no app)"));
		Report.Table t = report.table("query", "samples", "answered", "mean size", "p50 ms", "p99 ms", "max ms",
				"answered only: p50 / p99 ms", "target (issue 3)");
		for (String[] row : ROWS) {
			Latencies l = res.lat.get(row[0]);
			if (l == null) {
				continue;
			}
			String size2 = String.format(Locale.ROOT, "%.2f", l.meanSize);
			t.row(row[1], l.count, l.answered + ((l.errors > 0) ? " (" + l.errors + " errors/timeouts)" : ""), size2,
					Latencies.ms(l.p50()), Latencies.ms(l.p99()), Latencies.ms(l.max()),
					Latencies.ms(l.answeredP(0.5)) + " / " + Latencies.ms(l.answeredP(0.99)), row[2]);
		}
		t.print();
		report.note("");
		report
			.note("\"answered\": pairs with a path within the cap (paths), mutual count > 0 counted as answered for mutuals; "
					+ "\"mean size\": mean hops of the answered paths, mean mutual count, mean candidate mentors, mean ego-network "
					+ "people. Random pairs, so some have no path within the cap; fewest and warmest ran on the same pairs."
					+ ((res.mentorCandidatesMin >= 0) ? String.format(Locale.ROOT,
							" Mentor candidates per mentee: min %,d, median %,d (target 500+: %s).",
							res.mentorCandidatesMin, res.mentorCandidatesMedian,
							Report.atLeast(res.mentorCandidatesMin, 500, "candidates")) : ""));
	}

	// ------------------------------------------------------------------ generated
	// network, no app

	static SizeResult directRun(int size, Options o, Report report) throws Exception {
		SizeResult res = new SizeResult();
		res.people = size;
		res.imported = false;
		Path work = Files.createTempDirectory("warmpath-bench-");
		try {
			long t0 = System.nanoTime();
			DemoNetwork net = new DemoNetworkGenerator().generate(size, SEED, work.resolve("csv"));
			double genS = (System.nanoTime() - t0) / 1e9;
			res.ties = net.ties();
			System.out.printf(Locale.ROOT, "%n==== %,d people, %,d ties (generated in %.1f s), direct build%n",
					net.people(), net.ties(), genS);
			t0 = System.nanoTime();
			KnowsGraphBuilder b = KnowsGraph.builder();
			CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
			try (BufferedReader r = Files
				.newBufferedReader(work.resolve("csv").resolve(DemoNetworkGenerator.PEOPLE_FILE));
					CSVParser p = fmt.parse(r)) {
				for (CSVRecord rec : p) {
					b.addPerson(rec.get("id"), Boolean.parseBoolean(rec.get("openToIntroductions")));
				}
			}
			try (BufferedReader r = Files
				.newBufferedReader(work.resolve("csv").resolve(DemoNetworkGenerator.CONNECTIONS_FILE));
					CSVParser p = fmt.parse(r)) {
				for (CSVRecord rec : p) {
					String s = rec.get("strength");
					b.addTie(rec.get("source"), rec.get("target"),
							(s == null || s.isBlank()) ? 0.5 : Double.parseDouble(s));
				}
			}
			long t1 = System.nanoTime();
			KnowsGraph g = b.build();
			long t2 = System.nanoTime();
			double mties = g.tieCount() / 1e6;
			res.mibPerMillionTies = g.memoryBytes() / 1048576.0 / mties;
			PathFinder f = new PathFinder(g);
			report.heading(String.format(Locale.ROOT,
					"Generated network: %,d people, %,d ties (no app: built from CSV)", net.people(), g.tieCount()));
			report.table("step", "figure", "note")
				.row("generate CSV", String.format(Locale.ROOT, "%.1f s", genS), "")
				.row("parse CSV + addPerson/addTie", String.format(Locale.ROOT, "%.1f s", (t1 - t0) / 1e9),
						"commons-csv")
				.row("KnowsGraphBuilder.build()",
						String.format(Locale.ROOT, "%.2f s (%.3f s per million ties)", (t2 - t1) / 1e9,
								(t2 - t1) / 1e9 / mties),
						"issue's reference: 0.16 s per million ties")
				.row("projection heap (memoryBytes)",
						String.format(Locale.ROOT, "%.1f MiB = %.1f MiB per million ties", g.memoryBytes() / 1048576.0,
								res.mibPerMillionTies),
						"target <= 40 MiB per million ties: " + Report.atMost(res.mibPerMillionTies, 40, "MiB"))
				.print();
			int n = g.nodeCount();
			Random rnd = new Random(SEED);
			int pairs = o.pairs;
			int[] src = new int[pairs];
			int[] dst = new int[pairs];
			for (int i = 0; i < pairs; i++) {
				src[i] = rnd.nextInt(n);
				do {
					dst[i] = rnd.nextInt(n);
				}
				while (dst[i] == src[i]);
			}
			int[] twoHop = twoHop(g, src, dst, rnd);
			kernelQueries(res.lat, f, g, src, dst, twoHop, pairs, size);
			latencyTable(report, res, size);
		}
		finally {
			deleteRecursively(work);
		}
		return res;
	}

	// ------------------------------------------------------------------ NetworkX

	static void networkx(Path work, KnowsGraph g, PathFinder finder, int[] src, int[] dst, String[] srcId,
			String[] dstId, Options o, Report report, SizeResult res, String base, String token) throws Exception {
		report.heading(String.format(Locale.ROOT, "NetworkX ratio, %,d people (same graph, same pairs, same run)",
				g.nodeCount()));
		Path script = Path.of("bench/networkx_paths.py");
		if (!Files.exists(script)) {
			report.note("_Skipped: " + script.toAbsolutePath() + " not found (run from the project directory)._");
			return;
		}
		Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import networkx").redirectErrorStream(true)
			.start();
		if (!check.waitFor(60, TimeUnit.SECONDS) || check.exitValue() != 0) {
			report.note(
					"_Skipped: NetworkX is not installed (`/usr/bin/python3 -c 'import networkx'` failed). Install the "
							+ "Debian package: `apt-get install -y python3-networkx`._");
			return;
		}
		int q = Math.min(o.nxPairs, src.length);
		Path edges = work.resolve("nx-edges.txt");
		Path open = work.resolve("nx-open.txt");
		Path pairsFile = work.resolve("nx-pairs.txt");
		Path out = work.resolve("nx-out.txt");
		writeNetworkXInput(g, src, dst, q, edges, open, pairsFile);
		System.out.println("  running NetworkX on " + q + " pairs...");
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), edges.toString(), open.toString(),
				pairsFile.toString(), out.toString())
			.redirectErrorStream(true)
			.start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		int rc = p.waitFor();
		System.out.println("  " + log);
		if (rc != 0) {
			report.note("_NetworkX run failed (exit " + rc + "): " + log + "_");
			return;
		}
		double nxWall = (System.nanoTime() - t0) / 1e9;
		List<String> lines = Files.readAllLines(out);
		long[] nxSearch = new long[lines.size()];
		long[] nxQuery = new long[lines.size()];
		double[] nxCost = new double[lines.size()];
		int[] nxHops = new int[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			String[] f = lines.get(i).trim().split(" ");
			nxCost[i] = Double.parseDouble(f[2]);
			nxHops[i] = Integer.parseInt(f[3]);
			nxSearch[i] = (long) (Double.parseDouble(f[4]) * 1e6);
			nxQuery[i] = (long) (Double.parseDouble(f[5]) * 1e6);
		}
		int found = 0;
		long hopSum = 0;
		int over4 = 0;
		int over6 = 0;
		for (int h : nxHops) {
			if (h >= 0) {
				found++;
				hopSum += h;
				over4 += (h > 4) ? 1 : 0;
				over6 += (h > 6) ? 1 : 0;
			}
		}
		Latencies nxS = Latencies.of("networkx search", nxSearch, found, 0, 0);
		Latencies nxQ = Latencies.of("networkx query", nxQuery, found, 0, 0);
		// ours, uncapped, on the same arrays
		ArrayDijkstra dij = new ArrayDijkstra(g);
		double[] ourCost = new double[q];
		int[] ourHops = new int[q];
		Latencies un = Latencies.measure("array bidirectional Dijkstra, uncapped", q, q, i -> {
			ourCost[i] = dij.warmest(src[i], dst[i]);
			ourHops[i] = dij.lastHops;
			return Double.isFinite(ourCost[i]) ? ourHops[i] : -1;
		});
		int disagree = 0;
		for (int i = 0; i < q; i++) {
			boolean a = Double.isFinite(ourCost[i]);
			boolean b = nxHops[i] >= 0;
			if (a != b || (a && Math.abs(ourCost[i] - nxCost[i]) > 1e-9 * Math.max(1, nxCost[i]))) {
				disagree++;
				if (disagree <= 3) {
					System.out.printf(Locale.ROOT, "  NX DISAGREES %d-%d: nx %.12f ours %.12f%n", src[i], dst[i],
							nxCost[i], ourCost[i]);
				}
			}
		}
		Latencies k6 = Latencies.measure("kernel warmest k=1 maxHops 6 (nx pairs)", q, q,
				i -> hops(finder.paths(PathMode.WARMEST, src[i], dst[i], 1, SearchLimits.of(6, BUDGET))));
		Latencies k4 = Latencies.measure("kernel warmest k=1 maxHops 4 (nx pairs)", q, q,
				i -> hops(finder.paths(PathMode.WARMEST, src[i], dst[i], 1, SearchLimits.of(4, BUDGET))));
		Latencies http1 = httpSequential(base, token, srcId, dstId, q);
		double nx = nxS.p50();
		res.nxRatioKernel = nx / k4.p50();
		res.nxRatioHttp = (http1 != null) ? nx / http1.p50() : Double.NaN;
		Report.Table t = report.table("side", "what is timed", "pairs", "p50 ms", "p99 ms", "NetworkX p50 / this p50");
		t.row("NetworkX " + "bidirectional_dijkstra",
				"the search call only, on the open-induced subgraph (endpoints added back)", q, Latencies.ms(nxS.p50()),
				Latencies.ms(nxS.p99()), "1");
		t.row("NetworkX, whole query", "search + adding/removing closed endpoints", q, Latencies.ms(nxQ.p50()),
				Latencies.ms(nxQ.p99()), String.format(Locale.ROOT, "%.2f", nx / nxQ.p50()));
		t.row("ours: array bidirectional Dijkstra, **uncapped** (same problem as NetworkX)",
				"bench-only search on the projection's CSR arrays (ArrayDijkstra)", q, Latencies.ms(un.p50()),
				Latencies.ms(un.p99()), String.format(Locale.ROOT, "**%.0fx**", nx / un.p50()));
		t.row("ours: kernel warmest k=1, maxHops 6 (our ceiling)", "PathFinder.paths", q, Latencies.ms(k6.p50()),
				Latencies.ms(k6.p99()), String.format(Locale.ROOT, "%.0fx", nx / k6.p50()));
		t.row("ours: kernel warmest k=1, maxHops 4 (API default)", "PathFinder.paths", q, Latencies.ms(k4.p50()),
				Latencies.ms(k4.p99()), String.format(Locale.ROOT, "**%.0fx**", nx / k4.p50()));
		if (http1 != null) {
			t.row("ours over HTTP, one client, maxHops 4", "GET /api/paths k=1, sequential, access token", http1.count,
					Latencies.ms(http1.p50()), Latencies.ms(http1.p99()),
					String.format(Locale.ROOT, "**%.0fx** (target >= 20x: %s)", res.nxRatioHttp,
							Report.atLeast(res.nxRatioHttp, 20, "x")));
		}
		if (!Double.isNaN(res.httpP50)) {
			t.row("ours over HTTP, 16 clients, maxHops 4", "the throughput run above (other pairs, same distribution)",
					"", Latencies.ms(res.httpP50), "", String.format(Locale.ROOT, "%.0fx (target >= 20x: %s)",
							nx / res.httpP50, Report.atLeast(nx / res.httpP50, 20, "x")));
		}
		t.print();
		report.note("");
		report.note(String.format(Locale.ROOT,
				"NetworkX %s: %d of %d pairs connected; uncapped warmest paths average %.1f hops (%d longer than 4, %d longer "
						+ "than 6). Our uncapped array search agrees with NetworkX's cost on %d of %d pairs (|diff| <= 1e-9 "
						+ "relative). NetworkX wall time including load: %.0f s. **Caveat:** NetworkX has no hop cap, so it "
						+ "solves the uncapped problem; the production kernel cannot run uncapped (hop labels stop at 6), "
						+ "so the like-for-like ratio is the uncapped array search's row, while the maxHops 4/6 rows compare "
						+ "the query the API actually answers with NetworkX's uncapped one.",
				nxVersion(), found, q, (found > 0) ? (double) hopSum / found : 0, over4, over6, q - disagree, q,
				nxWall));
	}

	static String nxVersion() {
		try {
			Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import networkx; print(networkx.__version__)")
				.redirectErrorStream(true)
				.start();
			return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static Latencies httpSequential(String base, String token, String[] srcId, String[] dstId, int q) {
		try {
			var client = java.net.http.HttpClient.newBuilder()
				.version(java.net.http.HttpClient.Version.HTTP_1_1)
				.build();
			return Latencies.measure("HTTP one client warmest k=1 maxHops 4", q, q, i -> {
				var rb = java.net.http.HttpRequest
					.newBuilder(java.net.URI.create(base + "/api/paths?from=" + srcId[i] + "&to=" + dstId[i] + "&k=1"))
					.header("Authorization", "Bearer " + token)
					.GET();
				try {
					var r = client.send(rb.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
					if (r.statusCode() != 200) {
						throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
					}
					return r.body().startsWith("{\"paths\":[]") ? -1 : 1;
				}
				catch (IOException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			System.out.println("  sequential HTTP failed: " + ex);
			return null;
		}
	}

	static void deleteRecursively(Path dir) {
		try (var walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					// best effort
				}
			});
		}
		catch (IOException ex) {
			// best effort
		}
	}

	// ------------------------------------------------------------------ targets

	static void targets(List<SizeResult> results, Report report) {
		report.heading("Targets of issue 3 against this run");
		Report.Table t = report.table("target", "size", "measured", "verdict");
		for (SizeResult r : results) {
			String sz = String.format(Locale.ROOT, "%,d people / %,d ties%s", r.people, r.ties,
					r.imported ? "" : " (no app)");
			if (r.people >= 1_000_000) {
				row(t, sz, "warmest k=1 maxHops 4 p50 <= 5 ms", r.lat.get("warmest 4"), 0.5, 5);
				row(t, sz, "warmest k=1 maxHops 6 p50 <= 15 ms", r.lat.get("warmest 6"), 0.5, 15);
				row(t, sz, "warmest k=3 p50 <= 150 ms", r.lat.get("warmest k3"), 0.5, 150);
			}
			else if (r.people >= 100_000) {
				row(t, sz, "warmest k=1 maxHops 4 p50 <= 1 ms", r.lat.get("warmest 4"), 0.5, 1);
				row(t, sz, "warmest k=1 maxHops 4 p99 <= 5 ms", r.lat.get("warmest 4"), 0.99, 5);
				row(t, sz, "warmest k=1 maxHops 6 p50 <= 5 ms", r.lat.get("warmest 6"), 0.5, 5);
				row(t, sz, "warmest k=3 p50 <= 20 ms", r.lat.get("warmest k3"), 0.5, 20);
				row(t, sz, "fewest (graph) p50 <= 0.1 ms (maxHops 4)", r.lat.get("fewest 4"), 0.5, 0.1);
				row(t, sz, "fewest (graph) p50 <= 0.1 ms (maxHops 6)", r.lat.get("fewest 6"), 0.5, 0.1);
				row(t, sz, "fewest (Cypher, consent) p50 <= 3 ms (maxHops 4)", r.lat.get("cypher fewest 4"), 0.5, 3);
				row(t, sz, "fewest (Cypher, consent) p50 <= 3 ms (maxHops 6)", r.lat.get("cypher fewest 6"), 0.5, 3);
				row(t, sz, "mutuals p50 <= 0.1 ms (ranked on the projection)", r.lat.get("mutuals"), 0.5, 0.1);
				row(t, sz, "mentor recommendations p50 <= 50 ms", r.lat.get("mentor"), 0.5, 50);
				if (r.mentorCandidatesMin >= 0) {
					t.row("mentor candidates 500+", sz,
							"min " + r.mentorCandidatesMin + ", median " + r.mentorCandidatesMedian,
							Report.atLeast(r.mentorCandidatesMin, 500, "candidates"));
				}
			}
			else {
				continue;
			}
			t.row("projection <= 40 MiB per million ties", sz,
					String.format(Locale.ROOT, "%.1f MiB", r.mibPerMillionTies),
					Report.atMost(r.mibPerMillionTies, 40, "MiB"));
		}
		for (SizeResult r : results) {
			String sz = String.format(Locale.ROOT, "%,d people / %,d ties", r.people, r.ties);
			if (!Double.isNaN(r.httpPerSecond)) {
				t.row(">= 1,000 authenticated path requests/s, 16 clients", sz,
						String.format(Locale.ROOT, "%,.0f req/s, %d errors", r.httpPerSecond, r.httpErrors),
						Report.atLeast(r.httpPerSecond, 1000, "req/s") + ((r.httpErrors == 0) ? "" : "; **errors**"));
			}
			if (!Double.isNaN(r.nxRatioHttp)) {
				t.row(">= 20x faster than NetworkX, HTTP included (one client)", sz,
						String.format(Locale.ROOT, "%.0fx", r.nxRatioHttp), Report.atLeast(r.nxRatioHttp, 20, "x"));
			}
		}
		t.print();
		report.note("");
		report
			.note("Targets are stated for 100k people / 1M ties and 1M people / 10M ties; DemoNetworkGenerator writes about "
					+ "5 ties per person (mean degree 10), so our 100k and 1M graphs have about half the ties the targets assume.");
	}

	static void row(Report.Table t, String sz, String target, Latencies l, double q, double limit) {
		if (l == null) {
			t.row(target, sz, "not measured", "");
			return;
		}
		double v = l.p(q);
		t.row(target, sz, Latencies.ms(v) + " ms", Report.atMost(v, limit, "ms"));
	}

	/**
	 * Writes what bench/networkx_paths.py reads: the ties as "a b cost" (cost -ln of the
	 * float strength, as the kernels see it), the people open to introductions, and the
	 * first {@code q} pairs. Shared by this benchmark and {@link HttpPathsBenchmark}.
	 */
	static void writeNetworkXInput(KnowsGraph g, int[] src, int[] dst, int q, Path edges, Path open, Path pairsFile)
			throws java.io.IOException {
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(edges))) {
			for (int v = 0; v < g.nodeCount(); v++) {
				final int vv = v;
				g.forEachNeighbour(v, (x, s, tie) -> {
					if (vv < x) {
						w.printf(Locale.ROOT, "%d %d %.17g%n", vv, x, -Math.log((float) s));
					}
				});
			}
		}
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(open))) {
			for (int v = 0; v < g.nodeCount(); v++) {
				if (g.isOpen(v)) {
					w.println(v);
				}
			}
		}
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(pairsFile))) {
			for (int i = 0; i < q; i++) {
				w.println(src[i] + " " + dst[i]);
			}
		}
	}

}
