package org.warmpath.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Turns a load run into markdown ({@code target/load/summary.md}, also printed): per
 * operation the measured requests, throughput, p50/p95/p99/p99.9 and max (Gatling's
 * figures, whole milliseconds, warm-up left out), failures and every status seen; heap
 * and RSS of the app over time; and the projection-versus-Neo4j check. Reads
 * {@code run.json} ({@link LoadRun}) and the newest Gatling report's {@code js/stats.js}
 * (Gatling 3.13 writes its numbers only there, as a JavaScript object literal).
 */
public final class LoadReport {

	private static final ObjectMapper LENIENT = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
		.enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
		.build();

	private LoadReport() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args.length > 0 ? args[0] : "target/load");
		JsonNode run = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
		JsonNode stats = stats(newestReport(dir.resolve("gatling")));
		StringBuilder md = new StringBuilder();
		JsonNode set = run.path("settings");
		double seconds = set.path("measuredSeconds").asDouble();
		md.append(String.format(Locale.ROOT,
				"Run %s to %s: %,d people, %d clients, %d s warm-up then %.0f s measured; app -Xms=-Xmx=%s, pre-touched (pid %d); "
						+ "%d cores; load average before `%s`, after `%s`; app start %.0f s (%s data folder).%n%n",
				run.path("startedAt").asText(), run.path("endedAt").asText(), set.path("people").asInt(),
				set.path("clients").asInt(), set.path("warmupSeconds").asInt(), seconds, set.path("appHeap").asText(),
				set.path("appPid").asLong(), run.path("cores").asInt(), run.path("loadAverageBefore").asText(),
				run.path("loadAverageAfter").asText(), run.path("appStartSeconds").asDouble(),
				run.path("dataFolderFresh").asBoolean() ? "new" : "reused"));
		md.append(
				"| operation | requests | req/s | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms | failed | statuses |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|\n");
		long total = 0;
		long failed = 0;
		for (Iterator<JsonNode> it = stats.path("contents").elements(); it.hasNext();) {
			JsonNode s = it.next().path("stats");
			String name = s.path("name").asText();
			if (name.startsWith("warm-up ")) {
				continue;
			}
			long n = s.path("numberOfRequests").path("total").asLong();
			long ko = s.path("numberOfRequests").path("ko").asLong();
			total += n;
			failed += ko;
			md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %s | %s | %s | %s | %s | %d | %s |%n", name, n,
					n / seconds, ms(s, "percentiles1"), ms(s, "percentiles2"), ms(s, "percentiles3"),
					ms(s, "percentiles4"), ms(s, "maxResponseTime"), ko, statuses(run, name)));
		}
		md.append(String.format(Locale.ROOT, "| **all (measured)** | %,d | **%.1f** |  |  |  |  |  | %d |  |%n%n",
				total, total / seconds, failed));
		md.append("Statuses seen during the warm-up: ").append(statuses(run, "warm-up")).append(".\n\n");
		md.append("| t s | phase | RSS MiB | heap used MiB | heap committed MiB | live heap after GC MiB | threads "
				+ "| load 1m | app CPU s since last | of it JIT |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|\n");
		double cpuBefore = Double.NaN;
		double jitBefore = Double.NaN;
		String phaseBefore = "";
		long tBefore = 0;
		double measuredCpu = 0;
		double measuredJit = 0;
		double measuredSeconds = 0;
		for (JsonNode p : run.path("samples")) {
			double cpu = p.path("appCpuS").asDouble(Double.NaN);
			double jit = p.path("jitCpuS").asDouble(Double.NaN);
			// the intervals that start inside the measured window
			if ("measured".equals(phaseBefore) && !Double.isNaN(cpuBefore)) {
				measuredCpu += cpu - cpuBefore;
				measuredJit += jit - jitBefore;
				measuredSeconds += p.path("t").asLong() - tBefore;
			}
			phaseBefore = p.path("phase").asText();
			tBefore = p.path("t").asLong();
			md.append(
					String.format(Locale.ROOT, "| %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %.1f | %.1f |%n",
							p.path("t").asLong(), p.path("phase").asText(), p.path("rssMiB").asDouble(),
							p.path("heapUsedMiB").asDouble(), p.path("heapCommittedMiB").asDouble(),
							p.path("liveDataAfterGcMiB").asDouble(), p.path("threads").asDouble(),
							p.path("loadAverage1m").asDouble(), cpu - cpuBefore, jit - jitBefore));
			cpuBefore = cpu;
			jitBefore = jit;
		}
		// CPU per request: the sampled intervals' CPU rate over the measured requests'
		// rate
		double perRequest = (measuredSeconds > 0) ? 1000 * (measuredCpu / measuredSeconds) / (total / seconds)
				: Double.NaN;
		md.append(String.format(Locale.ROOT,
				"%nApp CPU in the %.0f sampled seconds from the measured window's start: %.1f s (%.2f cores), of it "
						+ "the JIT compiler %.1f s (%.0f%%); about %.2f ms of app CPU per measured request, %.2f ms "
						+ "without the JIT.%n",
				measuredSeconds, measuredCpu, measuredCpu / Math.max(1, measuredSeconds), measuredJit,
				100 * measuredJit / measuredCpu, perRequest, perRequest * (1 - measuredJit / measuredCpu)));
		JsonNode c = run.path("consistency");
		md.append(String.format(Locale.ROOT,
				"%nConsistency after the load (projection caught up in %.1f s): Neo4j (Cypher counts) %,d people, %,d KNOWS "
						+ "relationships; Neo4j under the projection's rules %,d people, %,d ties, digest `%s`; "
						+ "projection %,d people, %,d ties, digest `%s`, current %s: **%s**.%n",
				c.path("caughtUpSeconds").asDouble(), c.path("cypherCounts").path("people").asLong(),
				c.path("cypherCounts").path("knowsRelationships").asLong(), c.path("neo4j").path("people").asLong(),
				c.path("neo4j").path("ties").asLong(), c.path("neo4j").path("digest").asText(),
				c.path("projection").path("people").asLong(), c.path("projection").path("ties").asLong(),
				c.path("projection").path("digest").asText(), c.path("projection").path("current").asText(),
				c.path("consistent").asBoolean() ? "consistent" : "MISMATCH"));
		Files.writeString(dir.resolve("summary.md"), md);
		System.out.println();
		System.out.println(md);
		System.out.println("Written to " + dir.resolve("summary.md").toAbsolutePath());
		if (failed > 0 || !c.path("consistent").asBoolean()) {
			System.out.println("LOAD TEST FAILED: " + failed + " failed requests, consistency "
					+ (c.path("consistent").asBoolean() ? "ok" : "MISMATCH"));
			System.exit(1);
		}
	}

	private static String ms(JsonNode stats, String field) {
		return stats.path(field).path("total").asText();
	}

	/**
	 * "200: 1,234; 409: 2" for one operation (exact name, or a prefix ending in a space).
	 */
	private static String statuses(JsonNode run, String name) {
		List<String> out = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = run.path("statuses").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			int cut = e.getKey().lastIndexOf(' ');
			String op = e.getKey().substring(0, cut);
			boolean match = name.equals("warm-up") ? op.startsWith("warm-up ") : op.equals(name);
			if (match) {
				out.add((name.equals("warm-up") ? op.substring(8) + " " : "") + e.getKey().substring(cut + 1) + ": "
						+ String.format(Locale.ROOT, "%,d", e.getValue().asLong()));
			}
		}
		return out.isEmpty() ? "none" : String.join("; ", out);
	}

	private static Path newestReport(Path gatling) throws IOException {
		try (Stream<Path> dirs = Files.list(gatling)) {
			return dirs.filter(d -> Files.exists(d.resolve("js/stats.js")))
				.max(Comparator.comparing(Path::getFileName))
				.orElseThrow(() -> new IllegalStateException("no Gatling report under " + gatling));
		}
	}

	private static JsonNode stats(Path report) throws IOException {
		String js = Files.readString(report.resolve("js/stats.js"));
		int start = js.indexOf('{', js.indexOf("var stats"));
		return LENIENT.readTree(js.substring(start));
	}

}
