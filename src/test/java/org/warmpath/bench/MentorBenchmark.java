package org.warmpath.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

import org.warmpath.WarmPathApplication;
import org.warmpath.mentorsearch.MentorRecommendation;
import org.warmpath.mentorsearch.MentorRecommendations;
import org.warmpath.mentorsearch.MentorSearch;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Mentor recommendations alone (issue 13), so their latency can be measured before and
 * after a change without the whole {@link PathsBenchmark}: boots the app on a fresh
 * embedded store filled with the demo network by the bulk loader (same seed as
 * PathsBenchmark, mean degree 20: 100k people give about 1M ties), then times, in the
 * same JVM on the same seeded random mentees (level any, limit 10), the full ranking
 * ({@link MentorSearch#recommendByFullRanking}: every candidate's reachability, the
 * method before issue 13's fast ranking) and {@link MentorSearch#recommend} (a
 * reachability search that stops once the top 10 are settled), each after an untimed
 * warm-up pass, and checks that both give the same answers.
 *
 * <p>
 * Run: {@code ./mvnw -q -B -ntp -o test-compile} then
 * {@code java -Xmx6g -cp target/test-classes:target/classes:$(cat cp.txt) org.warmpath.bench.MentorBenchmark 100000 500}
 * (classpath from
 * {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class MentorBenchmark {

	private MentorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = (args.length > 0) ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
		int mentees = (args.length > 1) ? Integer.parseInt(args[1]) : 500;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		Path work = Files.createTempDirectory("warmpath-mentor-bench-");
		long booting = System.nanoTime();
		try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(WarmPathApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--warmpath.neo4j.data-dir=" + work.resolve("db"), "--warmpath.neo4j.bolt-port=0",
					"--warmpath.demo.people=" + size, "--warmpath.demo.seed=" + PathsBenchmark.SEED,
					"--warmpath.demo.bulk=true", "--warmpath.security.admin-password=bench-" + System.nanoTime(),
					"--warmpath.neo4j.page-cache=512m", "--warmpath.neo4j.transaction-timeout=10m",
					"--logging.level.root=WARN", "--logging.level.org.warmpath=WARN",
					"--spring.main.banner-mode=off")) {
			KnowsGraph g = ctx.getBean(Projection.class).rebuildNow().graph();
			System.out.printf(Locale.ROOT, "%,d people, %,d ties, booted and loaded in %.1f s%n", g.nodeCount(),
					g.tieCount(), (System.nanoTime() - booting) / 1e9);
			// mentees by id, not by projection index: the bulk importer and the
			// projection's
			// read may number people differently from one run to the next, and the work a
			// request costs varies a hundredfold between mentees
			String[] everyone = new String[g.nodeCount()];
			for (int v = 0; v < everyone.length; v++) {
				everyone[v] = g.id(v);
			}
			Arrays.sort(everyone);
			Random rnd = new Random(PathsBenchmark.SEED);
			String[] ids = new String[mentees];
			long fingerprint = 17;
			for (int i = 0; i < mentees; i++) {
				ids[i] = everyone[rnd.nextInt(everyone.length)];
				fingerprint = 31 * fingerprint + ids[i].hashCode();
			}
			// the same mentees in every run unless the projection numbers people
			// differently
			System.out.printf(Locale.ROOT, "mentees fingerprint %08x (first %s)%n", fingerprint & 0xFFFFFFFFL, ids[0]);
			MentorSearch search = ctx.getBean(MentorSearch.class);
			MentorRecommendations[] full = new MentorRecommendations[mentees];
			long[] candidates = new long[1];
			Phase before = Phase.run("full ranking (any, limit 10)", mentees, rounds, i -> {
				full[i] = search.recommendByFullRanking(ids[i], null, null, null, "any", 10);
				candidates[0] += full[i].candidates();
				return full[i];
			});
			int[] different = new int[1];
			Phase after = Phase.run("fast ranking (any, limit 10)", mentees, rounds, i -> {
				MentorRecommendations m = search.recommend(ids[i], null, null, null, "any", 10);
				if (!withoutTime(m).equals(withoutTime(full[i]))) {
					if (different[0]++ == 0) {
						describe("first answer different from the full ranking, fast", m);
						describe("full", full[i]);
					}
				}
				return m;
			});
			System.out.printf(Locale.ROOT, "mentor recommendations, %,d people, %d mentees, mean candidates %.0f:%n"
					+ "  full ranking: p50 %.3f ms, p99 %.3f ms%n" + "  fast ranking: p50 %.3f ms, p99 %.3f ms%n"
					+ "  p50 ratio full/fast %.1fx; answers different from the full ranking: %d of %d%n", g.nodeCount(),
					mentees, candidates[0] / ((1.0 + rounds) * mentees), before.p50, before.p99, after.p50, after.p99,
					before.p50 / after.p50, different[0], (1 + rounds) * mentees);
		}
	}

	/**
	 * One kind of ranking: an untimed warm-up pass over the mentees, then {@code rounds}
	 * timed passes, each reported with what decides its latency: the JVM's own work
	 * during it (collections and their pause, bytes allocated per request, JIT
	 * compilation time: a method compiled, deoptimised or recompiled shows up there) and
	 * the distribution of work per request ({@link MentorSearch#lastWork}: labels the
	 * ranking's search settled, path searches), with the work of the slowest tenth of the
	 * requests beside the rest so a reader can see whether a slow run did more work or
	 * did the same work slower.
	 */
	private static final class Phase {

		/** Warm-up passes at most, and the time they may take at most. */
		static final int MAX_WARMUP_PASSES = 40;

		static final long MAX_WARMUP_NANOS = 240_000_000_000L;

		double p50;

		double p99;

		static Phase run(String name, int mentees, int rounds, IntFunction<MentorRecommendations> query) {
			// warm up until the JIT has settled: right after the bulk load the C2 queue
			// holds thousands of Neo4j methods, and HotSpot raises its tier-4 thresholds
			// with the queue's length, so the ranking's search ran as profiled C1 code
			// (tier 3) through a whole fixed-length warm-up and into the timed passes
			// (-XX:+PrintCompilation: ReachRanking::search reached tier 4 only after
			// them). Whether the queue drained before or during the timed passes was the
			// 2.7 ms / 9.9 ms spread between runs.
			long warming = System.nanoTime();
			long previousMs = Long.MAX_VALUE;
			for (int pass = 1;; pass++) {
				JvmWork jvm = JvmWork.now();
				long t = System.nanoTime();
				for (int i = 0; i < mentees; i++) {
					query.apply(i);
				}
				long passMs = (System.nanoTime() - t) / 1_000_000;
				JvmWork spent = JvmWork.now().minus(jvm);
				System.out.printf(Locale.ROOT, "  %s warm-up pass %d: %d ms, JIT %d ms%n", name, pass, passMs,
						spent.jitMs);
				// settled: the JIT (nearly) idle and the pass no faster than the one
				// before
				boolean settled = pass >= 3 && spent.jitMs * 50 <= passMs && passMs * 10 >= previousMs * 9;
				previousMs = passMs;
				if (settled || pass >= MAX_WARMUP_PASSES || System.nanoTime() - warming > MAX_WARMUP_NANOS) {
					if (!settled) {
						System.out.printf(Locale.ROOT, "  %s: JIT still busy after the warm-up%n", name);
					}
					break;
				}
			}
			Phase out = new Phase();
			long[] all = new long[mentees * rounds];
			for (int round = 0; round < rounds; round++) {
				long[] nanos = new long[mentees];
				int[] settled = new int[mentees];
				int[] paths = new int[mentees];
				int[] checks = new int[mentees];
				int stopped = 0;
				JvmWork jvm = JvmWork.now();
				for (int i = 0; i < mentees; i++) {
					long t = System.nanoTime();
					query.apply(i);
					nanos[i] = System.nanoTime() - t;
					MentorSearch.Work w = MentorSearch.lastWork();
					settled[i] = w.labelsSettled();
					paths[i] = w.pathSearches();
					checks[i] = w.exact();
					stopped += w.stopped() ? 1 : 0;
				}
				JvmWork spent = JvmWork.now().minus(jvm);
				System.arraycopy(nanos, 0, all, round * mentees, mentees);
				Integer[] bySlowness = new Integer[mentees];
				for (int i = 0; i < mentees; i++) {
					bySlowness[i] = i;
				}
				Arrays.sort(bySlowness, (a, b) -> Long.compare(nanos[b], nanos[a]));
				int tenth = Math.max(1, mentees / 10);
				double slowSettled = 0;
				double restSettled = 0;
				double slowMs = 0;
				double restMs = 0;
				for (int k = 0; k < mentees; k++) {
					int i = bySlowness[k];
					if (k < tenth) {
						slowSettled += settled[i];
						slowMs += nanos[i] / 1e6;
					}
					else {
						restSettled += settled[i];
						restMs += nanos[i] / 1e6;
					}
				}
				int rest = Math.max(1, mentees - tenth);
				long[] sorted = nanos.clone();
				Arrays.sort(sorted);
				int[] s = settled.clone();
				Arrays.sort(s);
				System.out.printf(Locale.ROOT,
						"  %s round %d: p50 %.3f ms, p90 %.3f, p99 %.3f, mean %.3f; GC %d (%d ms), %.0f KiB allocated per request,"
								+ " JIT %d ms; labels settled p50 %d p90 %d max %d mean %.0f, path searches %.1f and"
								+ " exact costs %.1f per request,"
								+ " %d of %d stopped early; slowest tenth %.3f ms / %.0f labels, the rest %.3f ms / %.0f labels%n",
						name, round + 1, pct(sorted, 0.5), pct(sorted, 0.9), pct(sorted, 0.99),
						Arrays.stream(nanos).average().orElse(0) / 1e6, spent.collections, spent.collectionMs,
						spent.allocated / 1024.0 / mentees, spent.jitMs, s[s.length / 2], s[(int) (s.length * 0.9)],
						s[s.length - 1], Arrays.stream(s).average().orElse(0), Arrays.stream(paths).average().orElse(0),
						Arrays.stream(checks).average().orElse(0), stopped, mentees, slowMs / tenth,
						slowSettled / tenth, restMs / rest, restSettled / rest);
			}
			Arrays.sort(all);
			out.p50 = pct(all, 0.5);
			out.p99 = pct(all, 0.99);
			return out;
		}

		static double pct(long[] sorted, double q) {
			int rank = (int) Math.ceil(q * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
		}

	}

	/** Collections, their time, this thread's allocation and JIT time so far. */
	private record JvmWork(long collections, long collectionMs, long allocated, long jitMs) {

		static JvmWork now() {
			long count = 0;
			long ms = 0;
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				count += Math.max(0, gc.getCollectionCount());
				ms += Math.max(0, gc.getCollectionTime());
			}
			long allocated = (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)
					? t.getCurrentThreadAllocatedBytes() : 0;
			CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
			long jitMs = (jit != null && jit.isCompilationTimeMonitoringSupported()) ? jit.getTotalCompilationTime()
					: 0;
			return new JvmWork(count, ms, allocated, jitMs);
		}

		JvmWork minus(JvmWork o) {
			return new JvmWork(this.collections - o.collections, this.collectionMs - o.collectionMs,
					this.allocated - o.allocated, this.jitMs - o.jitMs);
		}

	}

	/** One answer, a line per mentor: id, score, parts, routes (to find a difference). */
	private static void describe(String what, MentorRecommendations r) {
		System.out.printf(Locale.ROOT, "%s for %s:%n", what, r.forPerson());
		for (MentorRecommendation m : r.mentors()) {
			System.out.printf(Locale.ROOT, "  %s score %s parts %s routes %s%n", m.person().id(), m.score(), m.parts(),
					m.routes());
		}
	}

	private static MentorRecommendations withoutTime(MentorRecommendations r) {
		return new MentorRecommendations(r.forPerson(), r.level(), r.candidates(), r.mentors(), r.weights(), 0);
	}

}
