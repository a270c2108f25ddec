package org.warmpath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.warmpath.WarmPathApplication;
import org.warmpath.ingest.ImportMode;
import org.warmpath.ingest.ImportProgress;
import org.warmpath.ingest.Imports;
import org.warmpath.ingest.TieSource;
import org.warmpath.ingest.demo.DemoNetwork;
import org.warmpath.ingest.demo.DemoNetworkGenerator;
import org.warmpath.mentorsearch.MentorRecommendations;
import org.warmpath.mentorsearch.MentorSearch;
import org.warmpath.projection.KnowsGraph;
import org.warmpath.projection.Projection;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Mentor recommendations alone (issue 13), so their latency can be measured before and
 * after a change without the whole {@link PathsBenchmark}: generates the demo network
 * (same seed as PathsBenchmark), imports it into a fresh embedded database, then times
 * {@link MentorSearch#recommend} (level any, limit 10) for seeded random mentees, one
 * untimed warm-up pass first.
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
		DemoNetwork net = new DemoNetworkGenerator().generate(size, PathsBenchmark.SEED, work.resolve("csv"));
		System.out.printf(Locale.ROOT, "%,d people, %,d ties, %,d mentoring%n", net.people(), net.ties(),
				net.mentoringRelations());
		try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(WarmPathApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--warmpath.neo4j.data-dir=" + work.resolve("db"), "--warmpath.neo4j.bolt-port=0",
					"--warmpath.demo.people=0", "--warmpath.security.admin-password=bench-" + System.nanoTime(),
					"--warmpath.neo4j.page-cache=512m", "--warmpath.neo4j.transaction-timeout=10m",
					"--logging.level.root=WARN", "--logging.level.org.warmpath=WARN",
					"--spring.main.banner-mode=off")) {
			Imports imports = ctx.getBean(Imports.class);
			Path csv = work.resolve("csv");
			imports.importPeople(csv.resolve(DemoNetworkGenerator.PEOPLE_FILE), ImportMode.STRICT, ImportProgress.NONE);
			imports.importConnections(csv.resolve(DemoNetworkGenerator.CONNECTIONS_FILE), ImportMode.STRICT,
					TieSource.DEMO, ImportProgress.NONE);
			imports.importMentoring(csv.resolve(DemoNetworkGenerator.MENTORING_FILE), ImportMode.STRICT,
					ImportProgress.NONE);
			KnowsGraph g = ctx.getBean(Projection.class).rebuildNow().graph();
			Random rnd = new Random(PathsBenchmark.SEED);
			String[] ids = new String[mentees];
			for (int i = 0; i < mentees; i++) {
				ids[i] = g.id(rnd.nextInt(g.nodeCount()));
			}
			MentorSearch search = ctx.getBean(MentorSearch.class);
			long[] candidates = new long[1];
			Latencies l = Latencies.measure("mentor recommendations (any, limit 10)", mentees, mentees, i -> {
				MentorRecommendations m = search.recommend(ids[i], null, null, null, "any", 10);
				candidates[0] += m.candidates();
				return m.mentors().size();
			});
			System.out.printf(Locale.ROOT,
					"mentor recommendations, %,d people, %d mentees: p50 %.3f ms, p99 %.3f ms, mean candidates %.0f%n",
					g.nodeCount(), mentees, l.p50(), l.p99(), candidates[0] / (2.0 * mentees));
		}
	}

}
