package org.warmpath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

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
			Random rnd = new Random(PathsBenchmark.SEED);
			String[] ids = new String[mentees];
			for (int i = 0; i < mentees; i++) {
				ids[i] = g.id(rnd.nextInt(g.nodeCount()));
			}
			MentorSearch search = ctx.getBean(MentorSearch.class);
			MentorRecommendations[] full = new MentorRecommendations[mentees];
			long[] candidates = new long[1];
			Latencies before = Latencies.measure("full ranking (any, limit 10)", mentees, mentees, i -> {
				full[i] = search.recommendByFullRanking(ids[i], null, null, null, "any", 10);
				candidates[0] += full[i].candidates();
				return full[i].mentors().size();
			});
			int[] different = new int[1];
			Latencies after = Latencies.measure("fast ranking (any, limit 10)", mentees, mentees, i -> {
				MentorRecommendations m = search.recommend(ids[i], null, null, null, "any", 10);
				if (!withoutTime(m).equals(withoutTime(full[i]))) {
					if (different[0]++ == 0) {
						describe("first answer different from the full ranking, fast", m);
						describe("full", full[i]);
					}
				}
				return m.mentors().size();
			});
			System.out.printf(Locale.ROOT, "mentor recommendations, %,d people, %d mentees, mean candidates %.0f:%n"
					+ "  full ranking: p50 %.3f ms, p99 %.3f ms%n" + "  fast ranking: p50 %.3f ms, p99 %.3f ms%n"
					+ "  p50 ratio full/fast %.1fx; answers different from the full ranking: %d of %d%n", g.nodeCount(),
					mentees, candidates[0] / (2.0 * mentees), before.p50(), before.p99(), after.p50(), after.p99(),
					before.p50() / after.p50(), different[0], 2 * mentees);
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
