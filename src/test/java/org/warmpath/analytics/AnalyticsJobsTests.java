package org.warmpath.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job progress without Spring: the percentage a client polls moves step by step during a
 * long computation (it does not sit at 0 and jump to 100), never goes down although the
 * kernels report from several threads, and reaches 100 only with the result. The kernels'
 * own progress callbacks (Brandes, Louvain, clustering, distances) are checked to report
 * many rising fractions on graphs big enough to take a while.
 */
class AnalyticsJobsTests {

	final AnalyticsJobs jobs = new AnalyticsJobs();

	@AfterEach
	void stop() {
		this.jobs.stop();
	}

	static AnalysisGraph random(int n, int degree, long seed) {
		Random r = new Random(seed);
		AnalysisGraph.Builder b = AnalysisGraph.builder(n, false);
		for (int u = 0; u < n; u++) {
			for (int k = 0; k < degree / 2; k++) {
				b.add(u, r.nextInt(n), 0.1 + 0.9 * r.nextDouble());
			}
		}
		return b.build();
	}

	/** What the test jobs answer once their kernel has run. */
	static final Answers.Communities DONE = new Answers.Communities("test", false, 0, 0, List.of());

	/** Runs a job whose work reads the job's own percentage at every report. */
	List<Integer> percentagesSeenDuring(java.util.function.Consumer<Progress> kernel) throws Exception {
		List<Integer> seen = new CopyOnWriteArrayList<>();
		AtomicReference<AnalyticsJobs.Job> self = new AtomicReference<>();
		Object lock = new Object();
		AnalyticsJobs.Job job;
		synchronized (lock) {
			job = this.jobs.submit("test", AnalyticsJobs.JobParams.NONE, p -> {
				synchronized (lock) {
					// wait until submit() returned and self is set
				}
				kernel.accept(f -> {
					p.report(f);
					seen.add(self.get().view().progress());
				});
				return DONE;
			});
			self.set(job);
		}
		for (int i = 0; i < 600 && !"SUCCEEDED".equals(job.view().status().toString()); i++) {
			Thread.sleep(50);
		}
		assertThat(job.view().status().toString()).isEqualTo("SUCCEEDED");
		assertThat(job.view().progress()).isEqualTo(100);
		assertThat(job.view().result()).isSameAs(DONE);
		return seen;
	}

	/**
	 * Rising, with at least {@code atLeastDistinct} different values, and no step over a
	 * quarter of the bar except the last (Louvain cannot know its sweep count, so its
	 * final cheap step may close a bigger gap).
	 */
	static void assertMovesSteadily(List<Integer> seen, int atLeastDistinct) {
		assertThat(seen).as("percentages seen while running").isNotEmpty().allMatch(p -> p >= 0 && p <= 99);
		for (int i = 1; i < seen.size(); i++) {
			assertThat(seen.get(i)).as("percentage %d after %d", i, i - 1).isGreaterThanOrEqualTo(seen.get(i - 1));
		}
		assertThat(seen.stream().distinct().count()).as("distinct percentages: %s", seen)
			.isGreaterThanOrEqualTo(atLeastDistinct);
		List<Integer> steps = new ArrayList<>();
		for (int i = 1; i < seen.size() - 1; i++) {
			steps.add(seen.get(i) - seen.get(i - 1));
		}
		assertThat(steps).allMatch(s -> s <= 25);
	}

	@Test
	void aJobsPercentageRisesStepByStepUnderTwoThreadedBetweennessAndEndsAt100() throws Exception {
		AnalysisGraph g = random(3000, 8, 1);
		List<Integer> seen = percentagesSeenDuring(p -> Betweenness.compute(g, Betweenness.allSources(g), 2, true, p));
		assertMovesSteadily(seen, 50);
	}

	@Test
	void louvainReportsEverySweepSoItsJobMovesBeforeTheFirstLevelEnds() throws Exception {
		AnalysisGraph g = random(20_000, 10, 2);
		List<Double> fractions = new CopyOnWriteArrayList<>();
		Louvain.communities(g, true, fractions::add);
		assertThat(fractions.size()).isGreaterThanOrEqualTo(5);
		assertThat(fractions.get(0)).isGreaterThan(0).isLessThan(0.5);
		for (int i = 1; i < fractions.size(); i++) {
			assertThat(fractions.get(i)).isGreaterThanOrEqualTo(fractions.get(i - 1));
		}
		assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
		assertMovesSteadily(percentagesSeenDuring(p -> Louvain.communities(g, true, p)), 5);
	}

	@Test
	void clusteringAndDistanceEstimatesReportAsTheyGo() {
		AnalysisGraph g = random(5000, 8, 3);
		List<Double> c = new ArrayList<>();
		Clustering.average(g, c::add);
		assertThat(c).hasSizeGreaterThanOrEqualTo(100).isSorted();
		List<Double> d = new ArrayList<>();
		Traversal.distances(g, 100, 1, d::add);
		assertThat(d).hasSize(100).isSorted();
	}

	@Test
	void aFailedJobSaysSoAndKeepsItsLastPercentage() throws Exception {
		AnalyticsJobs.Job job = this.jobs.submit("test", AnalyticsJobs.JobParams.NONE, p -> {
			p.report(0.5);
			throw new IllegalStateException("boom");
		});
		for (int i = 0; i < 100 && !"FAILED".equals(job.view().status().toString()); i++) {
			Thread.sleep(20);
		}
		assertThat(job.view().status().toString()).isEqualTo("FAILED");
		assertThat(job.view().progress()).isEqualTo(49);
		assertThat(job.view().error()).isEqualTo("The computation failed");
	}

}
